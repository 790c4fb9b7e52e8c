// The report's services: the department's figures, and the report whose last sections they and other modules add.
import type { PrismaClient } from '../../lib/prisma.ts';
import { DepartmentFiguresRepository } from './department-figures.repository.ts';
import { DepartmentFiguresService } from './department-figures.service.ts';
import { ReportRepository } from './report.repository.ts';
import { ReportService, type SectionSource } from './report.service.ts';

/** `demand`: the search log's section (most searched terms, searches that found nothing), before the department's. */
export function createReportServices(prisma: PrismaClient, demand: SectionSource[] = []) {
  const departmentFigures = new DepartmentFiguresService(new DepartmentFiguresRepository(prisma));
  return { departmentFigures, report: new ReportService(new ReportRepository(prisma), [...demand, departmentFigures.section()]) };
}

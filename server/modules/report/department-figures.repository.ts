import type { DepartmentFigures, PrismaClient } from '../../generated/prisma/client.ts';
import type { DepartmentFiguresInput } from './department-figures.validation.ts';

export type DepartmentFiguresRow = DepartmentFigures;

export class DepartmentFiguresRepository {
  constructor(private readonly prisma: PrismaClient) {}

  byYear(year: number): Promise<DepartmentFiguresRow | null> {
    return this.prisma.departmentFigures.findUnique({ where: { year } });
  }

  /** The years' figures in one statement (the report reads a year and the one before it). */
  byYears(years: readonly number[]): Promise<DepartmentFiguresRow[]> {
    return this.prisma.departmentFigures.findMany({ where: { year: { in: [...years] } } });
  }

  /** Writes the year's figures over any entered before, with the audit event of the change, in one transaction. */
  replace(input: DepartmentFiguresInput, actorId: string): Promise<DepartmentFiguresRow> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.departmentFigures.findUnique({ where: { year: input.year } });
      const saved = await tx.departmentFigures.upsert({
        where: { year: input.year },
        create: { ...input, updatedById: actorId },
        update: { ...input, updatedById: actorId },
      });
      const { updatedAt: _a, updatedById: _b, ...previous } = before ?? { updatedAt: null, updatedById: null };
      await tx.auditEvent.create({
        data: { actorId, action: 'departmentFigures.set', entityType: 'departmentFigures', entityId: String(input.year), data: { before: before ? previous : null, after: input } },
      });
      return saved;
    });
  }
}

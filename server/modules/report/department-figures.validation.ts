import { z } from 'zod';
import { text } from '../../lib/validation.ts';
import { FIRST_YEAR } from './report-period.ts';

/** No department counts a million of anything in a year: a larger figure is a typing error. */
export const FIGURE_MAX = 1_000_000;
export const SOURCE_MAX = 300;

const figure = () => z.number().int().min(0).max(FIGURE_MAX);
const source = () => text(1, SOURCE_MAX);

export const departmentFiguresSchema = (lastYear: number) =>
  z.object({
    year: z.number().int().min(FIRST_YEAR).max(lastYear),
    stTasksNational: figure(),
    stTasksMinisterial: figure(),
    stTasksProvincial: figure(),
    stTasksGrassroots: figure(),
    stTasksSource: source(),
    appraisals: figure(),
    appraisalsSource: source(),
    ipRegistrationsSupported: figure(),
    ipSupportSource: source(),
    events: figure(),
    eventParticipants: figure(),
    eventsSource: source(),
    programmes: figure(),
    programmesSource: source(),
  });

export type DepartmentFiguresInput = z.output<ReturnType<typeof departmentFiguresSchema>>;

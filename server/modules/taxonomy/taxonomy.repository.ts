import type { FieldOfScience, PrismaClient } from '../../generated/prisma/client.ts';

export type FieldRow = FieldOfScience;

export class TaxonomyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  allFields(): Promise<FieldRow[]> {
    return this.prisma.fieldOfScience.findMany({ orderBy: [{ position: 'asc' }, { code: 'asc' }] });
  }

  fieldCodesOfOrganisations(organisationIds: readonly string[]) {
    return this.prisma.organisationField.findMany({ where: { organisationId: { in: [...organisationIds] } } });
  }
}

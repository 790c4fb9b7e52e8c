import type { RequestContext } from '../../lib/request-context.ts';
import type { FieldRow, TaxonomyRepository } from './taxonomy.repository.ts';

interface Tree {
  byCode: Map<string, FieldRow>;
  children: Map<string, FieldRow[]>;
  roots: FieldRow[];
}

// The classification is a few dozen rows that change only with a new circular: it is read once and kept,
// so resolving fields of a page of listings costs no query.
export class TaxonomyService {
  private tree: Promise<Tree> | null = null;

  constructor(private readonly repo: TaxonomyRepository) {}

  async topLevel(_ctx: RequestContext): Promise<FieldRow[]> {
    return (await this.load()).roots;
  }

  async byCodes(codes: readonly string[]): Promise<(FieldRow | null)[]> {
    const { byCode } = await this.load();
    return codes.map((c) => byCode.get(c) ?? null);
  }

  async childrenOf(code: string): Promise<FieldRow[]> {
    return (await this.load()).children.get(code) ?? [];
  }

  async fieldsOfOrganisations(organisationIds: readonly string[]): Promise<FieldRow[][]> {
    const [{ byCode }, links] = await Promise.all([this.load(), this.repo.fieldCodesOfOrganisations(organisationIds)]);
    return organisationIds.map((id) =>
      links.filter((l) => l.organisationId === id).flatMap((l) => byCode.get(l.fieldCode) ?? []),
    );
  }

  /** Forget the cached tree (after the taxonomy is edited or seeded). */
  invalidate(): void {
    this.tree = null;
  }

  private load(): Promise<Tree> {
    this.tree ??= this.repo.allFields().then((rows) => {
      const byCode = new Map(rows.map((r) => [r.code, r]));
      const children = new Map<string, FieldRow[]>();
      for (const r of rows) {
        if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r]);
      }
      return { byCode, children, roots: rows.filter((r) => !r.parentCode) };
    });
    this.tree.catch(() => (this.tree = null));
    return this.tree;
  }
}

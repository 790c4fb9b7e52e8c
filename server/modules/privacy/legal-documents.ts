// The terms of use and the privacy notice, kept as versioned texts in the repository (legal-texts/<document>.<version>
// .<locale>.md). CURRENT below is the one place that says which version is in force: publishing a new version is
// adding its files and its entry to LEGAL_TEXTS, then moving CURRENT. A version's text never changes once published,
// since consent rows name the version a person accepted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LegalDocumentKind = 'TERMS' | 'PRIVACY';
export const LEGAL_DOCUMENT_KINDS: readonly LegalDocumentKind[] = ['TERMS', 'PRIVACY'];

export interface LegalText {
  document: LegalDocumentKind;
  version: string;
  /** ISO date (YYYY-MM-DD) the version takes effect. */
  effectiveOn: string;
  titleVi: string;
  titleEn: string;
  /** What changed from the previous version (null for the first), shown when people are asked to accept it. */
  changesVi: string | null;
  changesEn: string | null;
  /** Markdown. */
  bodyVi: string;
  bodyEn: string;
}

const TEXT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'legal-texts');
const FILE_NAME: Record<LegalDocumentKind, string> = { TERMS: 'terms', PRIVACY: 'privacy' };

function body(document: LegalDocumentKind, version: string, locale: 'vi' | 'en'): string {
  return readFileSync(path.join(TEXT_DIR, `${FILE_NAME[document]}.${version}.${locale}.md`), 'utf8');
}

function published(document: LegalDocumentKind, version: string, meta: Omit<LegalText, 'document' | 'version' | 'bodyVi' | 'bodyEn'>): LegalText {
  return { document, version, ...meta, bodyVi: body(document, version, 'vi'), bodyEn: body(document, version, 'en') };
}

export const LEGAL_TEXTS: readonly LegalText[] = [
  published('TERMS', '1', {
    effectiveOn: '2026-12-01',
    titleVi: 'Điều khoản sử dụng',
    titleEn: 'Terms of use',
    changesVi: null,
    changesEn: null,
  }),
  published('PRIVACY', '1', {
    effectiveOn: '2026-12-01',
    titleVi: 'Thông báo xử lý dữ liệu cá nhân',
    titleEn: 'Privacy notice',
    changesVi: null,
    changesEn: null,
  }),
];

/** The versions in force. */
export const CURRENT: Readonly<Record<LegalDocumentKind, string>> = { TERMS: '1', PRIVACY: '1' };

export interface DocumentVersion {
  document: LegalDocumentKind;
  version: string;
}

/** The texts the platform knows and which version of each is current; one instance per application. */
export class LegalDocuments {
  private readonly texts: LegalText[];
  private readonly currentVersion: Record<LegalDocumentKind, string>;

  constructor(texts: readonly LegalText[] = LEGAL_TEXTS, current: Readonly<Record<LegalDocumentKind, string>> = CURRENT) {
    this.texts = [...texts];
    this.currentVersion = { ...current };
    for (const kind of LEGAL_DOCUMENT_KINDS) {
      if (!this.find(kind, this.currentVersion[kind])) throw new Error(`LegalDocuments: no text for ${kind} version ${this.currentVersion[kind]}`);
    }
  }

  current(document: LegalDocumentKind): LegalText {
    return this.find(document, this.currentVersion[document])!;
  }

  find(document: LegalDocumentKind, version: string): LegalText | null {
    return this.texts.find((t) => t.document === document && t.version === version) ?? null;
  }

  /** Every version of a document, newest first. */
  history(document: LegalDocumentKind): LegalText[] {
    return this.texts.filter((t) => t.document === document).reverse();
  }

  currentVersions(): DocumentVersion[] {
    return LEGAL_DOCUMENT_KINDS.map((document) => ({ document, version: this.currentVersion[document] }));
  }

  /** Makes `text` the current version of its document (a new version published while the process runs; tests). */
  publish(text: LegalText): void {
    if (this.find(text.document, text.version)) throw new Error(`LegalDocuments: ${text.document} version ${text.version} exists already`);
    this.texts.push(text);
    this.currentVersion[text.document] = text.version;
  }
}

/** Consent rows for the versions in force in the repository (seeded demo accounts, test factories). */
export function acceptedCurrentVersions(acceptedAt = new Date()): (DocumentVersion & { acceptedAt: Date })[] {
  return new LegalDocuments().currentVersions().map((v) => ({ ...v, acceptedAt }));
}

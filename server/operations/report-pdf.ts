// `npm run report:pdf -- --year 2026 [--out file.pdf] [--lang vi|en] [--as staff@e-mail]`: the department's report of
// a year as an A4 PDF, printed by Chromium from the real report page over the configured database (the platform's,
// running or not, as `npm run backup` finds it).
//
// How it is allowed to see the report: the platform is started in this process, listening on the loopback only for
// the length of the print, and the page is opened with a session of an active staff account (`--as`, or the
// longest-standing admin) created for this print alone: its token exists only in this process's memory, it expires
// in five minutes and is deleted as soon as the PDF is written. The report page stays what it always is, staff only;
// there is no report address that works without signing in. Whoever runs this already holds the database.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createPrisma, type PrismaClient } from '../lib/prisma.ts';
import { AccountRepository } from '../modules/account/account.repository.ts';
import { pageUrl } from '../modules/opendata/opendata-formats.ts';
import { newSessionToken, SESSION_COOKIE, sessionIdOf } from '../modules/account/session-token.ts';
import { FIRST_YEAR, yearOf } from '../modules/report/report-period.ts';
import { launchChromium } from './chromium.ts';
import { databaseToBackUp } from './tool-database.ts';

const SESSION_MINUTES = 5;
const USER_AGENT = 'npm run report:pdf';

export interface ReportPdfOptions {
  year: number;
  out: string;
  lang: 'vi' | 'en';
  as: string | null;
}

export function readOptions(argv: string[], now = new Date()): ReportPdfOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { year: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, as: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    return (err as Error).message;
  }
  const current = yearOf(now);
  const year = values.year === undefined ? current : Number(values.year);
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > current) return `--year must be a year from ${FIRST_YEAR} to ${current}`;
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') return '--lang must be vi or en';
  return { year, lang, out: path.resolve(values.out ?? `report-${year}.pdf`), as: values.as?.trim().toLowerCase() || null };
}

async function staffAccount(prisma: PrismaClient, email: string | null): Promise<{ id: string; email: string } | string> {
  const user = await prisma.user.findFirst({
    where: { status: 'ACTIVE', role: { in: ['ADMIN', 'MODERATOR'] }, ...(email ? { email } : {}) },
    // ADMIN is declared after MODERATOR: the longest-standing admin first, then moderators.
    orderBy: [{ role: 'desc' }, { createdAt: 'asc' }],
    select: { id: true, email: true },
  });
  if (user) return user;
  return email ? `${email} is not an active moderator or admin` : 'There is no active moderator or admin to print the report as';
}

export async function runReportPdfCommand(argv: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  const options = readOptions(argv);
  if (typeof options === 'string') return (print(options), 2);
  let config;
  try {
    // Loopback only, on any free port, and no background jobs: this process only prints.
    config = loadConfig({ ...env, HOST: '127.0.0.1', PORT: '0', JOB_CONCURRENCY: '0' });
  } catch (err) {
    if (err instanceof ConfigError) return (print(err.message), 2);
    throw err;
  }
  const db = await databaseToBackUp(config);
  const prisma = createPrisma(db.url, 4, config.DB_STATEMENT_TIMEOUT_MS);
  const accounts = new AccountRepository(prisma);
  let sessionId: string | null = null;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const staff = await staffAccount(prisma, options.as);
    if (typeof staff === 'string') return (print(staff), 2);
    app = await buildApp({ config, prisma, databaseUrl: db.url, web: true, jobs: false });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const token = newSessionToken();
    sessionId = sessionIdOf(token);
    await accounts.createSession(staff.id, { id: sessionId, expiresAt: new Date(Date.now() + SESSION_MINUTES * 60_000), userAgent: USER_AGENT });
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.addCookies([
        { name: SESSION_COOKIE, value: token, url, httpOnly: true, sameSite: 'Lax' },
        { name: 'lang', value: options.lang, url, sameSite: 'Lax' },
      ]);
      const page = await context.newPage();
      const response = await page.goto(pageUrl(url, `/moderation/report?year=${options.year}`, options.lang), { waitUntil: 'load', timeout: 120_000 });
      if (response?.status() !== 200) return (print(`The report page answered ${response?.status() ?? 'nothing'}`), 1);
      await page.pdf({
        path: options.out,
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await browser.close();
    }
    print(`Wrote ${options.out} (the ${options.year} report, printed as ${staff.email})`);
    return 0;
  } finally {
    if (sessionId) await accounts.deleteSession(sessionId).catch(() => {});
    await app?.close();
    await prisma.$disconnect();
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exit(await runReportPdfCommand(process.argv.slice(2), process.env, (line) => console.log(line)));
}


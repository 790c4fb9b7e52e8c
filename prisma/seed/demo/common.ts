// Shared by the demo data's files: the demo accounts' password, their e-mail domain, the province.
// The demo data comes from the Long An Department of Science and Technology's 2023 report
// (/work/shared/seeds/long-an-dost-2023-report.vi.txt): its units, organisations, technologies, IP titles and figures.
// Where the report names a technology but not who holds it, the holder chosen here is an assumption for the demo,
// and so are communes, prices and technical figures; IP numbers and grant dates the report does not give are left
// empty rather than invented. Dates are relative (days before or after the seeding moment) so a fresh demo always
// looks current.
/** Password of every demo account; printed at start-up and by `npm run seed:demo`. */
export const DEMO_PASSWORD = 'demo-password-2023';
export const DEMO_EMAIL_DOMAIN = 'demo.sangiaodich.vn';
/** Since 1 July 2025 Long An is part of Tây Ninh province. */
export const DEMO_PROVINCE = 'Tây Ninh';
/** A listing's territory when it is the whole country. */
export const NATIONWIDE = 'Toàn quốc';

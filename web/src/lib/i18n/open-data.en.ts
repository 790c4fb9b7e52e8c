import type { openDataVi } from './open-data.vi';

export const openDataEn: Record<keyof typeof openDataVi, string> = {
  'openData.footerLink': 'Open data',
  'openData.title': 'Open data',
  'openData.intro':
    'The published listings and the directory of organisations are free to download as JSON and CSV, to look up, analyse and copy into your own systems.',
  'openData.datasets': 'Datasets',
  'openData.listings.title': 'Technology and equipment offers and technology requests',
  'openData.listings.body':
    'Every published listing: its id, kind, title and summary (Vietnamese, English), field, technology readiness level (TRL), price type and amount, place, the organisation that posted it, publication and update dates, and the address of its page.',
  'openData.organisations.title': 'Directory of organisations',
  'openData.organisations.body':
    'Every published organisation: its id, name (Vietnamese, English), kind, whether it is verified, place, website, fields, update date and the address of its page.',
  'openData.formats': 'Download:',
  'openData.catalog': 'Data catalogue (DCAT, JSON-LD)',
  'openData.feed': 'Atom feed of newly published listings',
  'openData.feedBody': 'It can be filtered by kind (?kind=TECHNOLOGY_OFFER, EQUIPMENT_OFFER or TECHNOLOGY_REQUEST) and field (?field=field code).',
  'openData.licence': 'Licence',
  'openData.licenceBody':
    'The data is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): you may use, share and adapt it, commercially too, provided you credit “Department of Science and Technology of Tây Ninh province”.',
  'openData.mirror': 'Mirroring and keeping up to date',
  'openData.mirror.paging':
    'Each call answers at most 1,000 rows (the limit parameter, 100 by default), oldest change first. The JSON answer gives the next page’s address in its next field; the CSV one gives it in the Link header (rel="next").',
  'openData.mirror.first': 'The first time: read the pages one after another from the first until there is no next page.',
  'openData.mirror.next':
    'Afterwards: add modified_since with the latest update time (updatedAt) you hold, to receive only the rows changed since.',
  'openData.mirror.removed':
    'A listing that is withdrawn or expires leaves the data at once; to drop such rows from your copy, read everything again now and then and compare the ids.',
  'openData.excluded': 'Not in the data',
  'openData.excludedBody':
    'No one’s name, e-mail address or phone number, no organisation’s contact details, no draft, pending or withdrawn listing, no personal requester profile, and no organisation name on a request posted anonymously.',
};

import type { bookmarksVi } from './bookmarks.vi';

export const bookmarksEn: Record<keyof typeof bookmarksVi, string> = {
  'bookmark.save': 'Save',
  'bookmark.saved': 'Saved',
  'bookmark.remove': 'Remove from saved',
  'bookmark.signIn': 'Sign in to save',
  'bookmark.hint.listing': 'Keep this listing in your saved items; you are told when its price changes, it is reserved or it leaves the exchange.',
  'bookmark.hint.organisation': 'Keep this organisation in your saved items to find it again.',
  'bookmark.followers': '{count, plural, one {# person saved this} other {# people saved this}}',
  'bookmark.list': 'See your saved items',

  'saved.title': 'Saved listings and organisations',
  'saved.intro': 'The listings and organisations you saved. When a listing here changes its price, is reserved or leaves the exchange, you are told.',
  'saved.filter.label': 'Filter saved items',
  'saved.filter.all': 'All',
  'saved.filter.listings': 'Listings',
  'saved.filter.organisations': 'Organisations',
  'saved.empty': 'Nothing saved yet. Press “Save” on a listing or an organisation page to keep it here.',
  'saved.emptyFiltered': 'Nothing of this kind saved.',
  'saved.unavailable.LISTING': 'This listing is no longer on the exchange',
  'saved.unavailable.ORGANISATION': 'This organisation is no longer shown on the exchange',
  'saved.unavailableNote': 'It may have expired, been taken down or be hidden for now; if it is published again, it shows here again.',
  'saved.savedOn': 'Saved on {date}',
  'saved.removed': 'Removed from your saved items.',
  'saved.account.link': 'Saved listings and organisations',
};

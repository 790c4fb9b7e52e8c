import type { matchingVi } from './matching.vi';

export const matchingEn: Record<keyof typeof matchingVi, string> = {
  'matching.offers.title': 'Offers that may answer this',
  'matching.offers.intro': 'Offers on the exchange that fit this need, with the reasons they fit.',
  'matching.offers.none': 'No offer fits this need yet.',
  'matching.reasons': 'Why it fits',
  'matching.related.title': 'Related listings',
  'matching.needs.title': 'Needs that fit your offers',
  'matching.needs.intro': 'Technology requests published on the exchange that the organisation’s public offers may answer, newest first.',
  'matching.needs.none': 'No published need fits the organisation’s public offers yet.',
  'matching.needs.link': 'Needs that fit our offers',
  'matching.needs.forOffer': 'Fits: {title}',
  'matching.needs.found': 'Found on {date}',
};

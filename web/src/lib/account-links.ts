// What the pages of an e-mailed link (reset password, confirm address) say when the link no longer works.
import type { MessageKey } from '$lib/i18n';

export type BrokenLinkState = 'USED' | 'EXPIRED' | 'INVALID';

export const BROKEN_LINK_TEXT: Record<BrokenLinkState, { title: MessageKey; body: MessageKey }> = {
  USED: { title: 'accountLink.USED.title', body: 'accountLink.USED.body' },
  EXPIRED: { title: 'accountLink.EXPIRED.title', body: 'accountLink.EXPIRED.body' },
  INVALID: { title: 'accountLink.INVALID.title', body: 'accountLink.INVALID.body' },
};

/** The API's refusal codes of a link that stopped working, as the state its page shows. */
export const BROKEN_LINK_CODES: Record<string, BrokenLinkState> = { LINK_USED: 'USED', LINK_EXPIRED: 'EXPIRED', LINK_INVALID: 'INVALID' };

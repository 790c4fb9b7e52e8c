// Law on Technology Transfer 2017, art. 31.1: a transfer must be registered with the science and technology
// authority when technology goes from abroad into Vietnam (a), from Vietnam abroad (b), or, within Vietnam, when
// state budget funds pay for it (c). The service decides from the two facts the seller states about the deal.
export type RegistrationReason = 'CROSS_BORDER' | 'STATE_FUNDED';

export interface Registration {
  required: boolean;
  reason: RegistrationReason | null;
}

export function registrationOf(facts: { crossBorder: boolean; stateFunded: boolean }): Registration {
  // A cross-border transfer is registered under (a)/(b) whoever pays; (c) is about domestic transfers only.
  if (facts.crossBorder) return { required: true, reason: 'CROSS_BORDER' };
  if (facts.stateFunded) return { required: true, reason: 'STATE_FUNDED' };
  return { required: false, reason: null };
}

/** The calendar date `months` after an ISO date (the last day of the month when it has fewer days), at 00:00 UTC. */
export function addMonths(isoDate: string, months: number): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** Today's date in Vietnam (UTC+7, no daylight saving), ISO. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

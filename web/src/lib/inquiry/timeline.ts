// The steps of an inquiry as both sides see them: what happened when, where it stands, and what may still come.
// The NDA is optional (a deal can be agreed straight from the discussion), so steps not taken drop out once the
// inquiry is closed.
import type { InquirySide, InquiryStatus } from '$lib/graphql/generated';

export type StepState = 'done' | 'current' | 'upcoming';
export type StepKey = InquiryStatus;

export interface TimelineStep {
  key: StepKey;
  state: StepState;
  /** When it happened; null for steps still to come. */
  at: string | null;
}

export interface TimelineSource {
  status: InquiryStatus;
  createdAt: string;
  closedAt?: string | null;
  ndaRequestedAt?: string | null;
  /** When the owner side first answered. */
  answeredAt?: string | null;
  ndaAcceptances: readonly { side: InquirySide; acceptedAt: string }[];
}

const FINAL: readonly InquiryStatus[] = ['AGREED', 'DECLINED', 'WITHDRAWN'];

export function timeline(inquiry: TimelineSource): TimelineStep[] {
  const firstAnswer = inquiry.answeredAt ?? null;
  const accepted = ['REQUESTER', 'OWNER'].map((side) => inquiry.ndaAcceptances.find((a) => a.side === side)?.acceptedAt);
  const bothAccepted = accepted.every(Boolean) ? [...(accepted as string[])].sort().at(-1)! : null;
  const reached: { key: StepKey; at: string | null }[] = [
    { key: 'OPEN', at: inquiry.createdAt },
    // A status past OPEN says the discussion began even if no answer is on record (e.g. declined at once).
    { key: 'IN_DISCUSSION', at: firstAnswer },
    { key: 'NDA_REQUESTED', at: inquiry.ndaRequestedAt ?? null },
    { key: 'NDA_ACCEPTED', at: bothAccepted },
  ];
  const closed = FINAL.includes(inquiry.status);
  if (closed) {
    const steps: TimelineStep[] = reached.filter((s) => s.at).map((s) => ({ key: s.key, at: s.at, state: 'done' }));
    steps.push({ key: inquiry.status, at: inquiry.closedAt ?? null, state: 'current' });
    return steps;
  }
  const order: StepKey[] = ['OPEN', 'IN_DISCUSSION', 'NDA_REQUESTED', 'NDA_ACCEPTED'];
  const current = order.indexOf(inquiry.status);
  const steps: TimelineStep[] = reached.map((s, i) => ({
    key: s.key,
    at: i <= current ? s.at : null,
    state: i < current ? 'done' : i === current ? 'current' : 'upcoming',
  }));
  steps.push({ key: 'AGREED', at: null, state: 'upcoming' });
  return steps;
}

import { z } from 'zod';
import { text } from '../../lib/validation.ts';

const id = z.string().uuid();

export const listingIdInput = z.object({ listingId: id });
export const orderIdInput = z.object({ orderId: id });
export const declineInput = z.object({ orderId: id, note: text(3, 1000) });

/** The deposit on a fixed price: `percent` % of it, rounded to the nearest đồng (VND has no minor unit). */
export function depositAmount(priceVnd: bigint, percent: number): bigint {
  const basisPoints = BigInt(Math.round(percent * 100));
  return (priceVnd * basisPoints + 5_000n) / 10_000n;
}

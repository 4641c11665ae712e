import type { Commitment } from '../domain';

/** The money of a list of commitments in one currency. */
export interface MoneyTotal {
  /** ISO 4217. */
  readonly currency: string;
  readonly value: number;
  /** How many commitments carry an amount in this currency. */
  readonly commitments: number;
}

/**
 * One total per currency, by currency code: currencies are never added together. A commitment
 * that states one sum in two currencies ("$300,000 (96.1 million KZT)") counts once in each.
 */
export function moneyTotals(commitments: readonly Commitment[]): MoneyTotal[] {
  const totals = new Map<string, { value: number; commitments: number }>();
  for (const commitment of commitments) {
    const counted = new Set<string>();
    for (const { currency, value } of commitment.amounts) {
      let total = totals.get(currency);
      if (!total) totals.set(currency, (total = { value: 0, commitments: 0 }));
      total.value += value;
      if (!counted.has(currency)) total.commitments++;
      counted.add(currency);
    }
  }
  return [...totals].map(([currency, total]) => ({ currency, ...total })).sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

import type { Random } from '../random';
import type { AmountInfo } from './entity-info';

const KZT_PER_USD = 475; // as the articles convert

/** One or two amounts: dollars, dollars with their tenge equivalent, or euros with dollars. */
export function amountsOf(random: Random): AmountInfo[] {
  const roll = random.next();
  const usd = random.chance(0.5) ? random.between(10, 990) * 1000 : random.between(10, 500) * 100_000;
  if (roll < 0.4) return [usdAmount(usd)];
  if (roll < 0.75) {
    const tenths = Math.max(1, Math.round((usd * KZT_PER_USD) / 100_000));
    return [usdAmount(usd), { value: tenths * 100_000, currency: 'KZT', text: `${formatTenths(tenths)} million KZT` }];
  }
  const euroTenths = random.between(5, 300);
  const eur: AmountInfo = { value: euroTenths * 100_000, currency: 'EUR', text: `€${formatTenths(euroTenths)} million` };
  return random.chance(0.5) ? [eur] : [eur, usdAmount(Math.round(euroTenths * 1.1) * 100_000)];
}

function usdAmount(value: number): AmountInfo {
  const text = value >= 1_000_000 && value % 100_000 === 0 ? `$${formatTenths(value / 100_000)} million` : `$${groupThousands(value)}`;
  return { value, currency: 'USD', text };
}

/** 12 → "1.2", 30 → "3": tenths without a locale, so every machine writes the same bytes. */
function formatTenths(tenths: number): string {
  const whole = groupThousands(Math.floor(tenths / 10));
  return tenths % 10 === 0 ? whole : `${whole}.${tenths % 10}`;
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

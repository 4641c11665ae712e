/**
 * The real-world hubs every synthetic corpus starts from: states, the OSCE and the UN with
 * their offices and bodies, ministries, media, and the cities where things happen. They take
 * the first organisation and place indices, so that the skewed draws (Random#skewed) make
 * them the ones with many members, events, statements and commitments.
 */
import type { OrganisationKind } from '../domain';

export interface CatalogOrganisation {
  readonly slug: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly aliases?: readonly string[];
  /** The slug of the parent; parents come before their children in the list. */
  readonly parent?: string;
  readonly description: string;
}

export interface CatalogPlace {
  readonly slug: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  /** The slug of the state it is in. */
  readonly country?: string;
}

const STATES: readonly CatalogOrganisation[] = [
  { slug: 'kazakhstan', name: 'Kazakhstan', kind: 'STATE', aliases: ['Republic of Kazakhstan'], description: 'a Central Asian state' },
  { slug: 'kyrgyzstan', name: 'Kyrgyzstan', kind: 'STATE', aliases: ['Kyrgyz Republic', 'Kirgizstan'], description: 'a Central Asian state' },
  { slug: 'tajikistan', name: 'Tajikistan', kind: 'STATE', description: 'a Central Asian state' },
  { slug: 'uzbekistan', name: 'Uzbekistan', kind: 'STATE', description: 'a Central Asian state' },
  { slug: 'turkmenistan', name: 'Turkmenistan', kind: 'STATE', description: 'a Central Asian state' },
  { slug: 'afghanistan', name: 'Afghanistan', kind: 'STATE', description: 'a neighbour of Central Asia' },
  { slug: 'russia', name: 'Russia', kind: 'STATE', aliases: ['Russian Federation'], description: 'a partner state' },
  { slug: 'china', name: 'China', kind: 'STATE', description: 'a partner state' },
  { slug: 'united-states', name: 'United States', kind: 'STATE', aliases: ['US'], description: 'a partner state' },
  { slug: 'germany', name: 'Germany', kind: 'STATE', description: 'a partner state' },
  { slug: 'turkey', name: 'Türkiye', kind: 'STATE', aliases: ['Turkey'], description: 'a partner state' },
  { slug: 'japan', name: 'Japan', kind: 'STATE', description: 'a partner state' },
];

const INTERGOVERNMENTAL: readonly CatalogOrganisation[] = [
  {
    slug: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    kind: 'INTERGOVERNMENTAL',
    aliases: ['OSCE'],
    description: 'the regional security organisation of 57 participating States',
  },
  { slug: 'united-nations', name: 'United Nations', kind: 'INTERGOVERNMENTAL', aliases: ['UN'], description: 'the world organisation' },
  { slug: 'european-union', name: 'European Union', kind: 'INTERGOVERNMENTAL', aliases: ['EU'], description: 'a union of European states' },
  {
    slug: 'csto',
    name: 'Collective Security Treaty Organization',
    kind: 'INTERGOVERNMENTAL',
    aliases: ['CSTO'],
    description: 'a military alliance of post-Soviet states',
  },
  {
    slug: 'sco',
    name: 'Shanghai Cooperation Organisation',
    kind: 'INTERGOVERNMENTAL',
    aliases: ['SCO'],
    description: 'a Eurasian security and economic organisation',
  },
  {
    slug: 'osce-programme-office-in-astana',
    name: 'OSCE Programme Office in Astana',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    aliases: ['OSCE Programme Office in Nur-Sultan'],
    description: 'the OSCE field office in Kazakhstan',
  },
  {
    slug: 'osce-programme-office-in-bishkek',
    name: 'OSCE Programme Office in Bishkek',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    description: 'the OSCE field office in Kyrgyzstan',
  },
  {
    slug: 'osce-programme-office-in-dushanbe',
    name: 'OSCE Programme Office in Dushanbe',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    description: 'the OSCE field office in Tajikistan',
  },
  {
    slug: 'osce-centre-in-ashgabat',
    name: 'OSCE Centre in Ashgabat',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    description: 'the OSCE field office in Turkmenistan',
  },
  {
    slug: 'osce-project-co-ordinator-in-uzbekistan',
    name: 'OSCE Project Co-ordinator in Uzbekistan',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    description: 'the OSCE field office in Uzbekistan',
  },
  {
    slug: 'osce-transnational-threats-department',
    name: 'OSCE Transnational Threats Department',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    aliases: ['TNTD'],
    description: 'the OSCE department for terrorism, borders and policing',
  },
  {
    slug: 'osce-border-management-staff-college',
    name: 'OSCE Border Management Staff College',
    kind: 'INTERGOVERNMENTAL',
    parent: 'osce',
    aliases: ['BMSC'],
    description: 'the OSCE college for border officials in Dushanbe',
  },
  {
    slug: 'un-security-council',
    name: 'United Nations Security Council',
    kind: 'INTERGOVERNMENTAL',
    parent: 'united-nations',
    aliases: ['UN Security Council', 'Security Council'],
    description: 'the UN body for international peace and security',
  },
  {
    slug: 'unodc',
    name: 'United Nations Office on Drugs and Crime',
    kind: 'INTERGOVERNMENTAL',
    parent: 'united-nations',
    aliases: ['UNODC'],
    description: 'the UN office against drugs and crime',
  },
  {
    slug: 'un-counter-terrorism-trust-fund',
    name: 'United Nations Counter-Terrorism Trust Fund',
    kind: 'INTERGOVERNMENTAL',
    parent: 'united-nations',
    aliases: ['UN Counter-Terrorism Trust Fund'],
    description: 'a UN fund for counter-terrorism projects',
  },
  {
    slug: 'unrcca',
    name: 'UN Regional Centre for Preventive Diplomacy for Central Asia',
    kind: 'INTERGOVERNMENTAL',
    parent: 'united-nations',
    aliases: ['UNRCCA'],
    description: 'the UN centre for preventive diplomacy in Ashgabat',
  },
  {
    slug: 'undp',
    name: 'United Nations Development Programme',
    kind: 'INTERGOVERNMENTAL',
    parent: 'united-nations',
    aliases: ['UNDP'],
    description: 'the UN development agency',
  },
  {
    slug: 'european-commission',
    name: 'European Commission',
    kind: 'INTERGOVERNMENTAL',
    parent: 'european-union',
    description: 'the executive of the European Union',
  },
];

const CENTRAL_ASIA = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan', 'turkmenistan'] as const;
const STATE_NAMES: Record<string, string> = Object.fromEntries(STATES.map((s) => [s.slug, s.name]));

const MINISTRIES: readonly CatalogOrganisation[] = CENTRAL_ASIA.flatMap((state): CatalogOrganisation[] => [
  {
    slug: `${state}-ministry-of-foreign-affairs`,
    name: `Ministry of Foreign Affairs of ${STATE_NAMES[state]}`,
    kind: 'GOVERNMENT_BODY',
    parent: state,
    description: `the foreign ministry of ${STATE_NAMES[state]}`,
  },
  {
    slug: `${state}-border-service`,
    name: `Border Service of ${STATE_NAMES[state]}`,
    kind: 'GOVERNMENT_BODY',
    parent: state,
    description: `the border guard of ${STATE_NAMES[state]}`,
  },
]);

const MEDIA: readonly CatalogOrganisation[] = [
  { slug: 'times-of-central-asia', name: 'Times of Central Asia', kind: 'MEDIA', description: 'a regional news outlet' },
  { slug: 'caravanserai', name: 'Caravanserai', kind: 'MEDIA', description: 'a regional news outlet' },
  { slug: 'kabar', name: 'Kabar', kind: 'MEDIA', description: 'the Kyrgyz national news agency' },
  { slug: 'trend-news-agency', name: 'Trend News Agency', kind: 'MEDIA', aliases: ['Trend'], description: 'a news agency' },
];

/** States first: hubs are drawn skewed towards the start of the list. */
export const CATALOG_ORGANISATIONS: readonly CatalogOrganisation[] = [...STATES, ...INTERGOVERNMENTAL, ...MINISTRIES, ...MEDIA];

export const CATALOG_STATE_COUNT = STATES.length;
export const CATALOG_MEDIA_SLUGS: readonly string[] = MEDIA.map((m) => m.slug);

export const CATALOG_PLACES: readonly CatalogPlace[] = [
  { slug: 'astana', name: 'Astana', aliases: ['Nur-Sultan'], country: 'kazakhstan' },
  { slug: 'almaty', name: 'Almaty', country: 'kazakhstan' },
  { slug: 'bishkek', name: 'Bishkek', country: 'kyrgyzstan' },
  { slug: 'dushanbe', name: 'Dushanbe', country: 'tajikistan' },
  { slug: 'tashkent', name: 'Tashkent', country: 'uzbekistan' },
  { slug: 'ashgabat', name: 'Ashgabat', country: 'turkmenistan' },
  { slug: 'osh', name: 'Osh', country: 'kyrgyzstan' },
  { slug: 'issyk-kul-province', name: 'Issyk-Kul Province', aliases: ['Issyk-Kul'], country: 'kyrgyzstan' },
  { slug: 'kabul', name: 'Kabul', country: 'afghanistan' },
  { slug: 'moscow', name: 'Moscow', country: 'russia' },
  { slug: 'beijing', name: 'Beijing', country: 'china' },
  { slug: 'new-york', name: 'New York', country: 'united-states' },
  { slug: 'berlin', name: 'Berlin', country: 'germany' },
  { slug: 'vienna', name: 'Vienna' },
  { slug: 'geneva', name: 'Geneva' },
];

/** The Central Asian states, by slug: generated towns and government bodies belong to them. */
export const CENTRAL_ASIAN_STATES: readonly string[] = CENTRAL_ASIA;

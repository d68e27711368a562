// The demo marketplace the seed loads (scripts/seed.ts): who is in it, which brands and
// rights, which stores, and what each store sells. Kept as data so the seed, its test and
// the e2e tests agree on names without loading the seed itself. Organisation keys match
// lib/factories/demo-users.ts.
import type {
  BrandTier,
  OrganisationKind,
  RightStatus,
  StoreStatus,
  VerificationStatus,
} from '../generated/prisma/enums';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  verificationStatus: VerificationStatus;
  country: string;
  website?: string;
  registrationNumber?: string;
}

export const DEMO_ORGANISATIONS = {
  marketplace: {
    name: 'Assay Demo Marketplace',
    kind: 'MARKETPLACE',
    verificationStatus: 'VERIFIED',
    country: 'SG',
    website: 'https://market.example',
  },
  'maison-aurel': {
    name: 'Maison Aurel SA',
    kind: 'BRAND_OWNER',
    verificationStatus: 'VERIFIED',
    country: 'FR',
    website: 'https://maison-aurel.example',
    registrationNumber: 'RCS Paris 512 384 907',
  },
  northpeak: {
    name: 'Northpeak Outdoor Inc.',
    kind: 'BRAND_OWNER',
    verificationStatus: 'VERIFIED',
    country: 'CA',
    website: 'https://northpeak.example',
    registrationNumber: 'BC1182734',
  },
  stridewell: {
    name: 'Stridewell Footwear Co.',
    kind: 'BRAND_OWNER',
    verificationStatus: 'VERIFIED',
    country: 'US',
    website: 'https://stridewell.example',
    registrationNumber: 'OR 1473320-92',
  },
  voltaic: {
    name: 'Voltaic Accessories Ltd',
    kind: 'BRAND_OWNER',
    verificationStatus: 'VERIFIED',
    country: 'HK',
    website: 'https://voltaic.example',
    registrationNumber: 'CR 2981443',
  },
  'vigil-ip': {
    name: 'Vigil IP Partners LLP',
    kind: 'AGENCY',
    verificationStatus: 'VERIFIED',
    country: 'GB',
    website: 'https://vigil-ip.example',
    registrationNumber: 'OC 427193',
  },
  // Journey 5's crossing into the trusted tier (scripts/seed-trust.ts): one decision short of it.
  'kestrel-outdoor': {
    name: 'Kestrel Outdoor',
    kind: 'BRAND_OWNER',
    verificationStatus: 'VERIFIED',
    country: 'NZ',
    website: 'https://kestrel-outdoor.example',
    registrationNumber: 'NZBN 9429047715230',
  },
  // Agencies whose claims mostly fail: warned and suspended by the abuse job (scripts/seed-sanctions.ts).
  'rapid-takedown': {
    name: 'Rapid Takedown Services Ltd',
    kind: 'AGENCY',
    verificationStatus: 'VERIFIED',
    country: 'GB',
    website: 'https://rapid-takedown.example',
    registrationNumber: '14820377',
  },
  'swift-notice': {
    name: 'Swift Notice Partners Ltd',
    kind: 'AGENCY',
    verificationStatus: 'VERIFIED',
    country: 'HK',
    website: 'https://swift-notice.example',
    registrationNumber: 'CR 3301958',
  },
} as const satisfies Record<string, DemoOrganisation>;

export interface DemoProductLine {
  /** Also the reference price's productLine; every product name contains it. */
  line: string;
  referenceCents: number;
  products: readonly string[];
  /** Colours, sizes...; the brand's variants when not given. */
  variants?: readonly string[];
}

export interface DemoBrand {
  name: string;
  slug: string;
  owner: keyof typeof DEMO_ORGANISATIONS;
  category: string;
  isProtected: boolean;
  tier: BrandTier;
  verificationStatus: VerificationStatus;
  /** Brand agencies with a verified power of attorney for this brand. */
  agencies: readonly (keyof typeof DEMO_ORGANISATIONS)[];
  productLines: readonly DemoProductLine[];
  variants: readonly string[];
  distributors: readonly { name: string; country: string }[];
  rights: readonly DemoRight[];
}

export interface DemoRight {
  registrationNumber: string;
  office: 'USPTO' | 'EUIPO' | 'CNIPA';
  classes: readonly number[];
  status: RightStatus;
  /** Years before today the mark was registered; a registration lasts ten years. */
  registeredYearsAgo: number;
}

const JURISDICTION_BY_OFFICE = { USPTO: 'US', EUIPO: 'EU', CNIPA: 'CN' } as const;
export function jurisdictionOf(office: DemoRight['office']): string {
  return JURISDICTION_BY_OFFICE[office];
}

export const DEMO_BRANDS = {
  'maison-aurel': {
    name: 'Maison Aurel',
    slug: 'maison-aurel',
    owner: 'maison-aurel',
    category: 'Leather goods and handbags',
    isProtected: true,
    // A coalition brand whose claims have held up: its claims are reviewed first.
    tier: 'TRUSTED',
    verificationStatus: 'VERIFIED',
    agencies: [],
    productLines: [
      { line: 'Handbag', referenceCents: 245_000, products: ['Classic Flap Handbag', 'Céleste Top-Handle Handbag', 'Mini Saddle Handbag', 'Monogram Canvas Handbag'] },
      { line: 'Tote', referenceCents: 189_000, products: ['Riviera Leather Tote', 'Grand Shopper Tote'] },
      { line: 'Wallet', referenceCents: 62_000, products: ['Zip-Around Wallet', 'Compact Bifold Wallet'] },
      { line: 'Belt', referenceCents: 54_000, products: ['Reversible Logo Belt', 'Signature Buckle Belt 30mm'] },
      { line: 'Scarf', referenceCents: 39_500, products: ['Silk Twill Scarf 90', 'Cashmere Logo Scarf'], variants: ['Ivory', 'Bordeaux', 'Navy', 'Camel'] },
      { line: 'Card Holder', referenceCents: 35_000, products: ['Quilted Card Holder', 'Monogram Card Holder'] },
    ],
    variants: ['Noir', 'Camel', 'Bordeaux', 'Ivory', 'Black / gold hardware', 'Tan calfskin'],
    distributors: [
      { name: 'Aurel Distribution Asia Ltd', country: 'HK' },
      { name: 'Maison Aurel Europe SAS', country: 'FR' },
    ],
    rights: [
      { registrationNumber: '5812447', office: 'USPTO', classes: [18, 25], status: 'VERIFIED', registeredYearsAgo: 7 },
      { registrationNumber: '018234561', office: 'EUIPO', classes: [14, 18, 25], status: 'VERIFIED', registeredYearsAgo: 6 },
      { registrationNumber: '46281937', office: 'CNIPA', classes: [18], status: 'VERIFIED', registeredYearsAgo: 5 },
      // The brand's first US registration: verified when the brand joined, not renewed, and
      // expired a few months ago, so no new claim may rest on it.
      { registrationNumber: '3104558', office: 'USPTO', classes: [18], status: 'VERIFIED', registeredYearsAgo: 10.1 },
    ],
  },
  northpeak: {
    name: 'Northpeak',
    slug: 'northpeak',
    owner: 'northpeak',
    category: 'Outdoor apparel and equipment',
    isProtected: false,
    tier: 'STANDARD',
    verificationStatus: 'VERIFIED',
    agencies: [],
    productLines: [
      { line: 'Down Jacket', referenceCents: 42_000, products: ['Summit 800 Down Jacket', 'Glacier Hooded Down Jacket'] },
      { line: 'Rain Shell', referenceCents: 28_900, products: ['Stormline Rain Shell', 'Ridge Packable Rain Shell'] },
      { line: 'Fleece', referenceCents: 13_900, products: ['Basecamp Fleece', 'Polar Half-Zip Fleece'] },
      { line: 'Backpack', referenceCents: 17_900, products: ['Traverse 35L Backpack', 'Daypack 22L Backpack'], variants: ['Black', 'Alpine red', 'Olive', 'Graphite'] },
      { line: 'Hiking Boot', referenceCents: 24_500, products: ['Talus Mid GTX Hiking Boot'], variants: ['Men’s EU 43', 'Men’s EU 45', 'Women’s EU 38', 'Women’s EU 40'] },
    ],
    variants: ['Black, M', 'Navy, L', 'Alpine red, S', 'Olive, XL', 'Graphite, M', 'Women’s, S'],
    distributors: [{ name: 'Northpeak Asia Pacific Pte Ltd', country: 'SG' }],
    rights: [
      { registrationNumber: '6104823', office: 'USPTO', classes: [25], status: 'VERIFIED', registeredYearsAgo: 4 },
      // Filed with Assay last week; a reviewer has not checked it yet.
      { registrationNumber: '58310274', office: 'CNIPA', classes: [18, 25], status: 'PENDING', registeredYearsAgo: 2 },
    ],
  },
  stridewell: {
    name: 'Stridewell',
    slug: 'stridewell',
    owner: 'stridewell',
    category: 'Sneakers and sports footwear',
    isProtected: false,
    tier: 'STANDARD',
    verificationStatus: 'VERIFIED',
    agencies: ['vigil-ip'],
    productLines: [
      { line: 'Running Shoe', referenceCents: 16_500, products: ['Aero 5 Running Shoe', 'Pacer Knit Running Shoe'] },
      { line: 'High-Top Sneaker', referenceCents: 21_000, products: ['Court Legacy High-Top Sneaker', 'Retro 85 High-Top Sneaker'] },
      { line: 'Slides', referenceCents: 6_500, products: ['Cloud Recovery Slides'] },
      { line: 'Trail Runner', referenceCents: 18_000, products: ['Ridgeback Trail Runner'] },
    ],
    variants: ['US 9', 'US 10.5', 'EU 42', 'EU 44', 'White / volt', 'Triple black, US 11'],
    distributors: [{ name: 'Stridewell Trading (Shanghai) Co., Ltd.', country: 'CN' }],
    rights: [
      { registrationNumber: '5533019', office: 'USPTO', classes: [25], status: 'VERIFIED', registeredYearsAgo: 8 },
      { registrationNumber: '018402215', office: 'EUIPO', classes: [25], status: 'VERIFIED', registeredYearsAgo: 5 },
    ],
  },
  voltaic: {
    name: 'Voltaic',
    slug: 'voltaic',
    owner: 'voltaic',
    category: 'Phone and laptop accessories',
    isProtected: false,
    tier: 'STANDARD',
    // Onboarding: registered by the agency, waiting for a reviewer to verify it and its rights.
    verificationStatus: 'PENDING',
    agencies: ['vigil-ip'],
    productLines: [
      { line: 'Power Bank', referenceCents: 7_900, products: ['MagCore 10000mAh Power Bank', 'Slim 20000mAh Power Bank'] },
      { line: 'Charger', referenceCents: 4_900, products: ['GaN 65W USB-C Charger', 'Dual-Port 35W Charger'], variants: ['White', 'Black', 'EU plug', 'UK plug', 'US plug'] },
      { line: 'Cable', referenceCents: 2_500, products: ['Braided USB-C to USB-C Cable 2m', 'USB-C to Lightning Cable 1m'], variants: ['Black', 'White', 'Twin pack', 'Three-pack'] },
      { line: 'Earbuds', referenceCents: 14_900, products: ['Pulse ANC Wireless Earbuds', 'Pulse Lite Earbuds'] },
      { line: 'Charging Stand', referenceCents: 9_900, products: ['3-in-1 Magnetic Charging Stand'], variants: ['Black', 'White', 'Space grey'] },
    ],
    variants: ['Black', 'White', 'Space grey', 'Midnight blue'],
    distributors: [],
    rights: [
      { registrationNumber: '6789012', office: 'USPTO', classes: [9], status: 'PENDING', registeredYearsAgo: 3 },
      { registrationNumber: '61234507', office: 'CNIPA', classes: [9], status: 'PENDING', registeredYearsAgo: 2 },
    ],
  },
} as const satisfies Record<string, DemoBrand>;

export type DemoBrandKey = keyof typeof DEMO_BRANDS;

export interface DemoStore {
  name: string;
  organisationName: string;
  country: string;
  status: StoreStatus;
  verificationStatus: VerificationStatus;
  businessLicenceNumber: string;
  /** Genuine listings are priced at this share of the reference price. */
  genuinePriceShare: readonly [number, number];
  /** What the store sells: per brand (null: unbranded), how many genuine and counterfeit listings. */
  stock: readonly { brand: DemoBrandKey | null; genuine: number; counterfeit?: number }[];
}

export const DEMO_STORES = {
  'lucky-star-trading': {
    name: 'Lucky Star Trading',
    organisationName: 'Shenzhen Lucky Star Trading Co., Ltd.',
    country: 'CN',
    status: 'ACTIVE',
    verificationStatus: 'VERIFIED',
    businessLicenceNumber: '91440300MA5FQ2X81K',
    genuinePriceShare: [0.55, 0.85],
    stock: [
      { brand: 'maison-aurel', genuine: 6, counterfeit: 8 },
      { brand: 'stridewell', genuine: 10, counterfeit: 5 },
      { brand: 'voltaic', genuine: 8, counterfeit: 1 },
      { brand: null, genuine: 4 },
    ],
  },
  'harbour-goods': {
    name: 'Harbour Goods',
    organisationName: 'Harbour Goods Limited',
    country: 'HK',
    status: 'ACTIVE',
    verificationStatus: 'PENDING',
    businessLicenceNumber: 'BR 71840233',
    genuinePriceShare: [0.8, 0.97],
    stock: [
      { brand: 'northpeak', genuine: 14, counterfeit: 1 },
      { brand: 'voltaic', genuine: 12, counterfeit: 1 },
      { brand: 'maison-aurel', genuine: 2 },
      { brand: null, genuine: 6 },
    ],
  },
  'golden-phoenix-leather': {
    name: 'Golden Phoenix Leather Co.',
    organisationName: 'Guangzhou Golden Phoenix Leather Products Co., Ltd.',
    country: 'CN',
    status: 'ACTIVE',
    verificationStatus: 'UNVERIFIED',
    businessLicenceNumber: '91440101MA9W3K7T2P',
    genuinePriceShare: [0.3, 0.5],
    stock: [
      { brand: 'maison-aurel', genuine: 12, counterfeit: 14 },
      { brand: null, genuine: 8 },
    ],
  },
  'shenzhen-bright-digital': {
    name: 'Shenzhen Bright Digital',
    organisationName: 'Shenzhen Bright Digital Technology Co., Ltd.',
    country: 'CN',
    status: 'ACTIVE',
    verificationStatus: 'VERIFIED',
    businessLicenceNumber: '91440300MA5G8L4R6E',
    genuinePriceShare: [0.75, 0.95],
    stock: [
      { brand: 'voltaic', genuine: 20, counterfeit: 4 },
      { brand: null, genuine: 6 },
    ],
  },
  'yiwu-everyday-outlet': {
    name: 'Yiwu Everyday Outlet',
    organisationName: 'Yiwu Everyday Commodity Firm',
    country: 'CN',
    // Restricted after repeated counterfeit findings; it may not list new products.
    status: 'RESTRICTED',
    verificationStatus: 'REJECTED',
    businessLicenceNumber: '92330782MA2EC1Y55J',
    genuinePriceShare: [0.25, 0.45],
    stock: [
      { brand: 'stridewell', genuine: 4, counterfeit: 8 },
      { brand: 'northpeak', genuine: 3, counterfeit: 5 },
      { brand: 'maison-aurel', genuine: 0, counterfeit: 5 },
      { brand: null, genuine: 3 },
    ],
  },
  'alpine-trail-outfitters': {
    name: 'Alpine Trail Outfitters',
    organisationName: 'Alpine Trail Outfitters LLC',
    country: 'US',
    status: 'ACTIVE',
    verificationStatus: 'VERIFIED',
    businessLicenceNumber: 'CO 20181234567',
    genuinePriceShare: [0.92, 1.05],
    stock: [
      { brand: 'northpeak', genuine: 28 },
      { brand: null, genuine: 4 },
    ],
  },
  'le-carre-vintage': {
    name: 'Le Carré Vintage',
    organisationName: 'Le Carré Vintage SARL',
    country: 'FR',
    status: 'ACTIVE',
    verificationStatus: 'VERIFIED',
    businessLicenceNumber: 'RCS Lyon 830 117 442',
    genuinePriceShare: [0.45, 0.8],
    stock: [
      { brand: 'maison-aurel', genuine: 22 },
      { brand: null, genuine: 2 },
    ],
  },
  'sole-society-kicks': {
    name: 'Sole Society Kicks',
    organisationName: 'Sole Society Kicks Inc.',
    country: 'US',
    status: 'ACTIVE',
    verificationStatus: 'VERIFIED',
    businessLicenceNumber: 'NY 5528871',
    genuinePriceShare: [0.95, 1.3],
    stock: [
      { brand: 'stridewell', genuine: 27 },
      { brand: null, genuine: 3 },
    ],
  },
  'guangzhou-top-fashion': {
    name: 'Guangzhou Top Fashion',
    organisationName: 'Guangzhou Top Fashion Trading Co., Ltd.',
    country: 'CN',
    status: 'ACTIVE',
    verificationStatus: 'UNVERIFIED',
    businessLicenceNumber: '91440104MA59T6JQ3N',
    genuinePriceShare: [0.3, 0.5],
    stock: [
      { brand: 'northpeak', genuine: 4, counterfeit: 8 },
      { brand: 'stridewell', genuine: 3, counterfeit: 6 },
      { brand: 'maison-aurel', genuine: 0, counterfeit: 7 },
      { brand: null, genuine: 2 },
    ],
  },
  'eastwind-sports': {
    name: 'Eastwind Sports',
    organisationName: 'Fujian Eastwind Sports Goods Co., Ltd.',
    country: 'CN',
    status: 'ACTIVE',
    verificationStatus: 'PENDING',
    businessLicenceNumber: '91350582MA31R0D49X',
    genuinePriceShare: [0.7, 0.9],
    stock: [
      { brand: 'northpeak', genuine: 10, counterfeit: 3 },
      { brand: 'stridewell', genuine: 10, counterfeit: 2 },
      { brand: null, genuine: 3 },
    ],
  },
  'urban-cable-co': {
    name: 'Urban Cable Co.',
    organisationName: 'Urban Cable Company Ltd',
    country: 'GB',
    status: 'ACTIVE',
    verificationStatus: 'VERIFIED',
    businessLicenceNumber: 'Companies House 11827364',
    genuinePriceShare: [0.9, 1.0],
    stock: [
      { brand: 'voltaic', genuine: 19 },
      { brand: null, genuine: 3 },
    ],
  },
  'panda-bargain-house': {
    name: 'Panda Bargain House',
    organisationName: 'Chengdu Panda Bargain E-commerce Co., Ltd.',
    country: 'CN',
    status: 'ACTIVE',
    verificationStatus: 'UNVERIFIED',
    businessLicenceNumber: '91510100MA6CK8WB1L',
    genuinePriceShare: [0.35, 0.6],
    stock: [
      { brand: 'stridewell', genuine: 5, counterfeit: 5 },
      { brand: 'voltaic', genuine: 5, counterfeit: 5 },
      { brand: null, genuine: 4 },
    ],
  },
} as const satisfies Record<string, DemoStore>;

export type DemoStoreKey = keyof typeof DEMO_STORES;

/** Title fragments sellers of fakes use; the demo's counterfeit listings carry them. */
export const COUNTERFEIT_MARKERS = ['replica', 'AAA', '1:1', 'mirror quality', 'super fake'] as const;

/** Everyday goods without a brand, listed by most stores. */
export const UNBRANDED_PRODUCTS = [
  { title: 'Genuine leather crossbody bag for women, adjustable strap', priceCents: 3_900 },
  { title: 'Merino wool hiking socks, 3 pairs', priceCents: 1_850 },
  { title: 'USB-C wall adapter 20W, fast charging', priceCents: 1_299 },
  { title: 'Waterproof dry bag 20L, roll-top', priceCents: 2_450 },
  { title: 'Canvas tote bag with inner pocket, natural', priceCents: 1_590 },
  { title: 'Running armband phone holder, reflective', priceCents: 990 },
  { title: 'Quilted chain-strap shoulder bag, faux leather', priceCents: 4_600 },
  { title: 'Microfibre travel towel, quick-dry, large', priceCents: 1_750 },
  { title: 'Shoe cleaning kit with brush and foam', priceCents: 1_400 },
  { title: 'Silk-feel square scarf, floral print', priceCents: 1_200 },
] as const;

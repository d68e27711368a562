// The demo accounts the seed creates and the README lists. E2E tests sign in with these.
// Passwords are demo-only: anyone who can read this repository knows them.
import type { Role } from '../generated/prisma/enums';

export interface DemoUser {
  key: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  /** Key of the organisation in the demo marketplace (scripts/seed.ts). */
  organisation: string;
}

export const DEMO_PASSWORD = 'assay-demo-2026';

export const DEMO_USERS = [
  { key: 'admin', email: 'admin@assay.example', name: 'Ada Admin', role: 'ADMIN', organisation: 'marketplace' },
  { key: 'reviewer', email: 'reviewer@assay.example', name: 'Ren Reviewer', role: 'REVIEWER', organisation: 'marketplace' },
  { key: 'reviewer2', email: 'reviewer2@assay.example', name: 'Rosa Second-Reviewer', role: 'REVIEWER', organisation: 'marketplace' },
  // Decides appeals: a closure's appeal goes to a reviewer who took no part in it.
  { key: 'reviewer3', email: 'reviewer3@assay.example', name: 'Raj Third-Reviewer', role: 'REVIEWER', organisation: 'marketplace' },
  { key: 'brand', email: 'counsel@maison-aurel.example', name: 'Claire Counsel', role: 'BRAND_AGENT', organisation: 'maison-aurel' },
  { key: 'agency', email: 'agent@vigil-ip.example', name: 'Victor Agent', role: 'BRAND_AGENT', organisation: 'vigil-ip' },
  { key: 'brand2', email: 'legal@northpeak.example', name: 'Nora Legal', role: 'BRAND_AGENT', organisation: 'northpeak' },
  { key: 'seller', email: 'owner@lucky-star-trading.example', name: 'Li Wei', role: 'SELLER', organisation: 'lucky-star-trading' },
  { key: 'seller2', email: 'owner@harbour-goods.example', name: 'Hana Harbour', role: 'SELLER', organisation: 'harbour-goods' },
  // Issue 4's journeys, one store each: the right to sell (Le Carré Vintage), a denied
  // letter (Shenzhen Bright Digital), closure and appeal (Yiwu Everyday Outlet).
  { key: 'seller3', email: 'owner@le-carre-vintage.example', name: 'Camille Carré', role: 'SELLER', organisation: 'le-carre-vintage' },
  { key: 'seller4', email: 'owner@shenzhen-bright.example', name: 'Zhang Ming', role: 'SELLER', organisation: 'shenzhen-bright-digital' },
  { key: 'seller5', email: 'owner@yiwu-everyday.example', name: 'Chen Jie', role: 'SELLER', organisation: 'yiwu-everyday-outlet' },
  // Issue 5: a verified brand one decided item short of the trusted tier (journey 5).
  { key: 'brand3', email: 'counsel@kestrel-outdoor.example', name: 'Kiri Counsel', role: 'BRAND_AGENT', organisation: 'kestrel-outdoor' },
  { key: 'rapid', email: 'ops@rapid-takedown.example', name: 'Rory Rapid', role: 'BRAND_AGENT', organisation: 'rapid-takedown' },
  { key: 'swift', email: 'filings@swift-notice.example', name: 'Sam Swift', role: 'BRAND_AGENT', organisation: 'swift-notice' },
].map((u) => ({ ...u, password: DEMO_PASSWORD })) as DemoUser[];

export function demoUser(key: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`No demo user "${key}"`);
  return user;
}

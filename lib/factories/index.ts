// Data factories shared by the seed (scripts/seed.ts) and the tests: each takes the client
// or a transaction client and creates rows with realistic defaults plus overrides. Values
// in unique columns never collide across parallel test workers (./unique.ts).
export type { FactoryDb } from './types';
export { uniqueSlug, uniqueToken } from './unique';
export { seededRandom, type Random } from './random';
export { createOrganisation, type OrganisationOverrides } from './organisation';
export { FACTORY_PASSWORD, createUser, type CreateUserInput } from './user';
export { createBrand, type CreateBrandInput, type DistributorInput, type ReferencePriceInput } from './brand';
export { createRight, type CreateRightInput } from './right';
export { createAgencyAuthorization, type CreateAgencyAuthorizationInput } from './agency-authorization';
export { createStore, type CreateStoreInput } from './store';
export { createListing, createListings, listingUrl, type ListingInput } from './listing';
export { claimReference, createClaim, type ClaimItemInput, type CreateClaimInput } from './claim';
export { createCounterNotice, type CreateCounterNoticeInput } from './counter-notice';
export { createStatementOfReasons, createStrike, type CreateStatementInput, type CreateStrikeInput } from './enforcement';
export {
  createAuthorizationApplication,
  type ApplicationDocumentInput,
  type CreateApplicationInput,
} from './application';
export { DEMO_PASSWORD, DEMO_USERS, demoUser, type DemoUser } from './demo-users';

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BRAND_AGENT', 'REVIEWER', 'SELLER', 'ADMIN');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('BRAND_OWNER', 'AGENCY', 'MARKETPLACE', 'SELLER');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "BrandTier" AS ENUM ('STANDARD', 'TRUSTED');

-- CreateEnum
CREATE TYPE "RightType" AS ENUM ('TRADEMARK', 'COPYRIGHT', 'DESIGN', 'PATENT');

-- CreateEnum
CREATE TYPE "RightStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StoreStatus" AS ENUM ('ACTIVE', 'RESTRICTED', 'SUSPENDED', 'CLOSED', 'BANNED');

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('ACTIVE', 'REMOVED', 'RESTORED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('INVOICE', 'AUTHORIZATION_LETTER', 'TRADEMARK_CERTIFICATE', 'POWER_OF_ATTORNEY', 'TEST_PURCHASE', 'SCREENSHOT', 'COMPARISON', 'BUSINESS_LICENCE', 'IDENTITY_DOCUMENT', 'BULK_CLAIM_CSV', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'DECIDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InfringementType" AS ENUM ('COUNTERFEIT', 'TRADEMARK_MISUSE', 'COPYRIGHT', 'DESIGN', 'IMAGE_THEFT', 'UNAUTHORIZED_SALE', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimItemStatus" AS ENUM ('PENDING', 'IN_REVIEW', 'INFO_REQUESTED', 'REMOVED', 'REJECTED', 'WITHDRAWN', 'RESTORED');

-- CreateEnum
CREATE TYPE "RemovalReason" AS ENUM ('COUNTERFEIT', 'TRADEMARK_INFRINGEMENT', 'COPYRIGHT_INFRINGEMENT', 'DESIGN_INFRINGEMENT', 'UNAUTHORIZED_PROTECTED_BRAND', 'OTHER');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('INSUFFICIENT_EVIDENCE', 'NO_RIGHT_COVERS', 'GENUINE_GOODS', 'PARODY_OR_COMMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "RestrictionKind" AS ENUM ('LISTING_REMOVAL', 'STORE_RESTRICTION', 'STORE_SUSPENSION', 'STORE_CLOSURE', 'STORE_BAN');

-- CreateEnum
CREATE TYPE "CounterNoticeGround" AS ENUM ('GENUINE_GOODS', 'AUTHORIZED_SELLER', 'NO_RIGHT_COVERS', 'MISTAKE', 'OTHER');

-- CreateEnum
CREATE TYPE "CounterNoticeStatus" AS ENUM ('SUBMITTED', 'AWAITING_BRAND', 'BRAND_RESPONDED', 'RESTORED', 'UPHELD', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AuthorizationStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'AWAITING_BRAND', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "BrandConfirmation" AS ENUM ('NOT_REQUESTED', 'REQUESTED', 'CONFIRMED', 'DENIED');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('ACTIVE', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "StrikeSource" AS ENUM ('CLAIM_ITEM', 'FORGED_DOCUMENT', 'UNAUTHORIZED_LISTING', 'OTHER');

-- CreateEnum
CREATE TYPE "StrikeStatus" AS ENUM ('ACTIVE', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ClosureTrigger" AS ENUM ('STRIKE_THRESHOLD', 'FORGED_DOCUMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ClosureStatus" AS ENUM ('PROPOSED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('SUBMITTED', 'GRANTED', 'DENIED');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "country" TEXT,
    "website" TEXT,
    "registrationNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Brand" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "verificationNote" TEXT,
    "isProtected" BOOLEAN NOT NULL DEFAULT false,
    "category" TEXT,
    "tier" "BrandTier" NOT NULL DEFAULT 'STANDARD',
    "tierChangedAt" TIMESTAMP(3),
    "tierLockoutUntil" TIMESTAMP(3),
    "logoDocumentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Brand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandReferencePrice" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "productLine" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "amountCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandReferencePrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorizedDistributor" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT,
    "country" TEXT,
    "productLines" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthorizedDistributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Right" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "type" "RightType" NOT NULL DEFAULT 'TRADEMARK',
    "registrationNumber" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "classes" INTEGER[],
    "ownerName" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "status" "RightStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "certificateDocumentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Right_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyAuthorization" (
    "id" TEXT NOT NULL,
    "agencyOrganisationId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "status" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "validUntil" TIMESTAMP(3),
    "powerOfAttorneyDocumentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sellerOrganisationId" TEXT,
    "status" "StoreStatus" NOT NULL DEFAULT 'ACTIVE',
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "country" TEXT,
    "businessLicenceNumber" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Listing" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "brandId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "stockQuantity" INTEGER NOT NULL DEFAULT 0,
    "imageUrls" TEXT[],
    "url" TEXT,
    "status" "ListingStatus" NOT NULL DEFAULT 'ACTIVE',
    "flaggedAt" TIMESTAMP(3),
    "graceEndsAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "restoredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "filerOrganisationId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "idempotencyKey" TEXT,
    "summary" TEXT,
    "goodFaithDeclared" BOOLEAN NOT NULL DEFAULT false,
    "accuracyDeclared" BOOLEAN NOT NULL DEFAULT false,
    "signatureName" TEXT,
    "signedAt" TIMESTAMP(3),
    "signedFromIp" TEXT,
    "draftStep" INTEGER NOT NULL DEFAULT 0,
    "draftData" JSONB,
    "submittedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawalReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimRight" (
    "claimId" TEXT NOT NULL,
    "rightId" TEXT NOT NULL,

    CONSTRAINT "ClaimRight_pkey" PRIMARY KEY ("claimId","rightId")
);

-- CreateTable
CREATE TABLE "ClaimItem" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "infringementType" "InfringementType" NOT NULL,
    "note" TEXT,
    "status" "ClaimItemStatus" NOT NULL DEFAULT 'PENDING',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "dueAt" TIMESTAMP(3),
    "assignedReviewerId" TEXT,
    "assignedAt" TIMESTAMP(3),
    "removalReason" "RemovalReason",
    "rejectionReason" "RejectionReason",
    "decisionNote" TEXT,
    "removalRightId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "infoRequest" TEXT,
    "infoRequestedAt" TIMESTAMP(3),
    "infoResponse" TEXT,
    "infoRespondedAt" TIMESTAMP(3),
    "slaPausedMs" INTEGER NOT NULL DEFAULT 0,
    "expedited" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimEvidence" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "claimItemId" TEXT,
    "documentId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementOfReasons" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "listingId" TEXT,
    "claimItemId" TEXT,
    "restriction" "RestrictionKind" NOT NULL,
    "scope" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "evidenceSummary" TEXT,
    "legalGround" TEXT,
    "contractualGround" TEXT,
    "automated" BOOLEAN NOT NULL DEFAULT false,
    "redress" TEXT NOT NULL,
    "contestUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementOfReasons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterNotice" (
    "id" TEXT NOT NULL,
    "claimItemId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "ground" "CounterNoticeGround" NOT NULL,
    "statement" TEXT NOT NULL,
    "perjuryDeclared" BOOLEAN NOT NULL DEFAULT false,
    "jurisdictionConsent" BOOLEAN NOT NULL DEFAULT false,
    "signatureName" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "signedFromIp" TEXT,
    "status" "CounterNoticeStatus" NOT NULL DEFAULT 'SUBMITTED',
    "brandResponseDueAt" TIMESTAMP(3),
    "brandResponse" TEXT,
    "brandRespondedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounterNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterNoticeEvidence" (
    "id" TEXT NOT NULL,
    "counterNoticeId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounterNoticeEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreVerification" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "status" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "businessLicenceDocumentId" TEXT,
    "identityDocumentId" TEXT,
    "reviewerId" TEXT,
    "reason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoreVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandAuthorization" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "parentId" TEXT,
    "holderName" TEXT NOT NULL,
    "holderOrganisationId" TEXT,
    "holderStoreId" TEXT,
    "productLines" TEXT[],
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "code" TEXT NOT NULL,
    "status" "AuthorizationStatus" NOT NULL DEFAULT 'ACTIVE',
    "revokedAt" TIMESTAMP(3),
    "revocationReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorizationApplication" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "productLines" TEXT[],
    "checklist" JSONB,
    "reviewerId" TEXT,
    "decisionReason" TEXT,
    "infoRequest" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthorizationApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "documentId" TEXT,
    "kind" "DocumentKind" NOT NULL,
    "issuerName" TEXT,
    "issuedAt" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "quantity" INTEGER,
    "productLines" TEXT[],
    "brandAuthorizationId" TEXT,
    "brandConfirmation" "BrandConfirmation" NOT NULL DEFAULT 'NOT_REQUESTED',
    "confirmationDueAt" TIMESTAMP(3),
    "confirmationNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SellingGrant" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "productLines" TEXT[],
    "validFrom" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" "GrantStatus" NOT NULL DEFAULT 'ACTIVE',
    "expiryNotifiedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SellingGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Strike" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "source" "StrikeSource" NOT NULL,
    "reason" TEXT NOT NULL,
    "claimItemId" TEXT,
    "applicationId" TEXT,
    "issuedById" TEXT,
    "status" "StrikeStatus" NOT NULL DEFAULT 'ACTIVE',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Strike_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosureProposal" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "trigger" "ClosureTrigger" NOT NULL,
    "rationale" TEXT NOT NULL,
    "includeBan" BOOLEAN NOT NULL DEFAULT false,
    "status" "ClosureStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT,
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClosureProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosureAppeal" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClosureAppeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ban" (
    "id" TEXT NOT NULL,
    "storeId" TEXT,
    "organisationId" TEXT,
    "proposalId" TEXT,
    "email" TEXT,
    "registrationNumber" TEXT,
    "identityDocumentHash" TEXT,
    "reason" TEXT NOT NULL,
    "issuedById" TEXT,
    "liftedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ban_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT,
    "type" TEXT NOT NULL,
    "params" JSONB,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "organisationId" TEXT,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicySetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicySetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_verificationStatus_idx" ON "Organisation"("verificationStatus");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_status_idx" ON "User"("status");

-- CreateIndex
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "Membership_role_idx" ON "Membership"("role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_key" ON "Membership"("userId", "organisationId");

-- CreateIndex
CREATE INDEX "SignInThrottle_lockedUntil_idx" ON "SignInThrottle"("lockedUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Brand_slug_key" ON "Brand"("slug");

-- CreateIndex
CREATE INDEX "Brand_ownerOrganisationId_idx" ON "Brand"("ownerOrganisationId");

-- CreateIndex
CREATE INDEX "Brand_verificationStatus_idx" ON "Brand"("verificationStatus");

-- CreateIndex
CREATE INDEX "Brand_tier_idx" ON "Brand"("tier");

-- CreateIndex
CREATE INDEX "Brand_isProtected_idx" ON "Brand"("isProtected");

-- CreateIndex
CREATE UNIQUE INDEX "BrandReferencePrice_brandId_productLine_currency_key" ON "BrandReferencePrice"("brandId", "productLine", "currency");

-- CreateIndex
CREATE INDEX "AuthorizedDistributor_brandId_idx" ON "AuthorizedDistributor"("brandId");

-- CreateIndex
CREATE INDEX "AuthorizedDistributor_organisationId_idx" ON "AuthorizedDistributor"("organisationId");

-- CreateIndex
CREATE INDEX "AuthorizedDistributor_name_idx" ON "AuthorizedDistributor"("name");

-- CreateIndex
CREATE INDEX "Right_brandId_idx" ON "Right"("brandId");

-- CreateIndex
CREATE INDEX "Right_status_idx" ON "Right"("status");

-- CreateIndex
CREATE INDEX "Right_expiresAt_idx" ON "Right"("expiresAt");

-- CreateIndex
CREATE INDEX "Right_verifiedById_idx" ON "Right"("verifiedById");

-- CreateIndex
CREATE INDEX "Right_certificateDocumentId_idx" ON "Right"("certificateDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Right_office_registrationNumber_key" ON "Right"("office", "registrationNumber");

-- CreateIndex
CREATE INDEX "AgencyAuthorization_brandId_idx" ON "AgencyAuthorization"("brandId");

-- CreateIndex
CREATE INDEX "AgencyAuthorization_status_idx" ON "AgencyAuthorization"("status");

-- CreateIndex
CREATE INDEX "AgencyAuthorization_powerOfAttorneyDocumentId_idx" ON "AgencyAuthorization"("powerOfAttorneyDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyAuthorization_agencyOrganisationId_brandId_key" ON "AgencyAuthorization"("agencyOrganisationId", "brandId");

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE INDEX "Store_sellerOrganisationId_idx" ON "Store"("sellerOrganisationId");

-- CreateIndex
CREATE INDEX "Store_status_idx" ON "Store"("status");

-- CreateIndex
CREATE INDEX "Store_verificationStatus_idx" ON "Store"("verificationStatus");

-- CreateIndex
CREATE UNIQUE INDEX "Listing_externalId_key" ON "Listing"("externalId");

-- CreateIndex
CREATE INDEX "Listing_storeId_status_idx" ON "Listing"("storeId", "status");

-- CreateIndex
CREATE INDEX "Listing_brandId_status_idx" ON "Listing"("brandId", "status");

-- CreateIndex
CREATE INDEX "Listing_status_idx" ON "Listing"("status");

-- CreateIndex
CREATE INDEX "Listing_graceEndsAt_idx" ON "Listing"("graceEndsAt");

-- CreateIndex
CREATE INDEX "Listing_createdAt_idx" ON "Listing"("createdAt");

-- CreateIndex
CREATE INDEX "Document_uploadedById_idx" ON "Document"("uploadedById");

-- CreateIndex
CREATE INDEX "Document_organisationId_idx" ON "Document"("organisationId");

-- CreateIndex
CREATE INDEX "Document_sha256_idx" ON "Document"("sha256");

-- CreateIndex
CREATE INDEX "Document_kind_idx" ON "Document"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_reference_key" ON "Claim"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_idempotencyKey_key" ON "Claim"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Claim_brandId_status_idx" ON "Claim"("brandId", "status");

-- CreateIndex
CREATE INDEX "Claim_filerOrganisationId_status_idx" ON "Claim"("filerOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Claim_filedById_idx" ON "Claim"("filedById");

-- CreateIndex
CREATE INDEX "Claim_status_dueAt_idx" ON "Claim"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Claim_submittedAt_idx" ON "Claim"("submittedAt");

-- CreateIndex
CREATE INDEX "ClaimRight_rightId_idx" ON "ClaimRight"("rightId");

-- CreateIndex
CREATE INDEX "ClaimItem_listingId_idx" ON "ClaimItem"("listingId");

-- CreateIndex
CREATE INDEX "ClaimItem_status_priority_dueAt_idx" ON "ClaimItem"("status", "priority", "dueAt");

-- CreateIndex
CREATE INDEX "ClaimItem_assignedReviewerId_status_idx" ON "ClaimItem"("assignedReviewerId", "status");

-- CreateIndex
CREATE INDEX "ClaimItem_decidedById_idx" ON "ClaimItem"("decidedById");

-- CreateIndex
CREATE INDEX "ClaimItem_removalRightId_idx" ON "ClaimItem"("removalRightId");

-- CreateIndex
CREATE INDEX "ClaimItem_infringementType_idx" ON "ClaimItem"("infringementType");

-- CreateIndex
CREATE INDEX "ClaimItem_decidedAt_idx" ON "ClaimItem"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimItem_claimId_listingId_key" ON "ClaimItem"("claimId", "listingId");

-- CreateIndex
CREATE INDEX "ClaimEvidence_claimId_idx" ON "ClaimEvidence"("claimId");

-- CreateIndex
CREATE INDEX "ClaimEvidence_claimItemId_idx" ON "ClaimEvidence"("claimItemId");

-- CreateIndex
CREATE INDEX "ClaimEvidence_documentId_idx" ON "ClaimEvidence"("documentId");

-- CreateIndex
CREATE INDEX "StatementOfReasons_storeId_createdAt_idx" ON "StatementOfReasons"("storeId", "createdAt");

-- CreateIndex
CREATE INDEX "StatementOfReasons_listingId_idx" ON "StatementOfReasons"("listingId");

-- CreateIndex
CREATE INDEX "StatementOfReasons_claimItemId_idx" ON "StatementOfReasons"("claimItemId");

-- CreateIndex
CREATE INDEX "CounterNotice_claimItemId_idx" ON "CounterNotice"("claimItemId");

-- CreateIndex
CREATE INDEX "CounterNotice_storeId_idx" ON "CounterNotice"("storeId");

-- CreateIndex
CREATE INDEX "CounterNotice_filedById_idx" ON "CounterNotice"("filedById");

-- CreateIndex
CREATE INDEX "CounterNotice_decidedById_idx" ON "CounterNotice"("decidedById");

-- CreateIndex
CREATE INDEX "CounterNotice_status_brandResponseDueAt_idx" ON "CounterNotice"("status", "brandResponseDueAt");

-- CreateIndex
CREATE INDEX "CounterNoticeEvidence_counterNoticeId_idx" ON "CounterNoticeEvidence"("counterNoticeId");

-- CreateIndex
CREATE INDEX "CounterNoticeEvidence_documentId_idx" ON "CounterNoticeEvidence"("documentId");

-- CreateIndex
CREATE INDEX "StoreVerification_storeId_idx" ON "StoreVerification"("storeId");

-- CreateIndex
CREATE INDEX "StoreVerification_status_idx" ON "StoreVerification"("status");

-- CreateIndex
CREATE INDEX "StoreVerification_reviewerId_idx" ON "StoreVerification"("reviewerId");

-- CreateIndex
CREATE INDEX "StoreVerification_businessLicenceDocumentId_idx" ON "StoreVerification"("businessLicenceDocumentId");

-- CreateIndex
CREATE INDEX "StoreVerification_identityDocumentId_idx" ON "StoreVerification"("identityDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandAuthorization_code_key" ON "BrandAuthorization"("code");

-- CreateIndex
CREATE INDEX "BrandAuthorization_brandId_status_idx" ON "BrandAuthorization"("brandId", "status");

-- CreateIndex
CREATE INDEX "BrandAuthorization_parentId_idx" ON "BrandAuthorization"("parentId");

-- CreateIndex
CREATE INDEX "BrandAuthorization_holderOrganisationId_idx" ON "BrandAuthorization"("holderOrganisationId");

-- CreateIndex
CREATE INDEX "BrandAuthorization_holderStoreId_idx" ON "BrandAuthorization"("holderStoreId");

-- CreateIndex
CREATE INDEX "BrandAuthorization_validUntil_idx" ON "BrandAuthorization"("validUntil");

-- CreateIndex
CREATE INDEX "AuthorizationApplication_storeId_status_idx" ON "AuthorizationApplication"("storeId", "status");

-- CreateIndex
CREATE INDEX "AuthorizationApplication_brandId_status_idx" ON "AuthorizationApplication"("brandId", "status");

-- CreateIndex
CREATE INDEX "AuthorizationApplication_status_submittedAt_idx" ON "AuthorizationApplication"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "AuthorizationApplication_filedById_idx" ON "AuthorizationApplication"("filedById");

-- CreateIndex
CREATE INDEX "AuthorizationApplication_reviewerId_idx" ON "AuthorizationApplication"("reviewerId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_idx" ON "ApplicationDocument"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_documentId_idx" ON "ApplicationDocument"("documentId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_brandAuthorizationId_idx" ON "ApplicationDocument"("brandAuthorizationId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_brandConfirmation_confirmationDueAt_idx" ON "ApplicationDocument"("brandConfirmation", "confirmationDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "SellingGrant_applicationId_key" ON "SellingGrant"("applicationId");

-- CreateIndex
CREATE INDEX "SellingGrant_storeId_brandId_status_idx" ON "SellingGrant"("storeId", "brandId", "status");

-- CreateIndex
CREATE INDEX "SellingGrant_brandId_idx" ON "SellingGrant"("brandId");

-- CreateIndex
CREATE INDEX "SellingGrant_expiresAt_idx" ON "SellingGrant"("expiresAt");

-- CreateIndex
CREATE INDEX "Strike_storeId_status_expiresAt_idx" ON "Strike"("storeId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "Strike_claimItemId_idx" ON "Strike"("claimItemId");

-- CreateIndex
CREATE INDEX "Strike_applicationId_idx" ON "Strike"("applicationId");

-- CreateIndex
CREATE INDEX "Strike_issuedById_idx" ON "Strike"("issuedById");

-- CreateIndex
CREATE INDEX "ClosureProposal_storeId_idx" ON "ClosureProposal"("storeId");

-- CreateIndex
CREATE INDEX "ClosureProposal_status_createdAt_idx" ON "ClosureProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ClosureProposal_proposedById_idx" ON "ClosureProposal"("proposedById");

-- CreateIndex
CREATE INDEX "ClosureProposal_decidedById_idx" ON "ClosureProposal"("decidedById");

-- CreateIndex
CREATE INDEX "ClosureAppeal_proposalId_idx" ON "ClosureAppeal"("proposalId");

-- CreateIndex
CREATE INDEX "ClosureAppeal_storeId_idx" ON "ClosureAppeal"("storeId");

-- CreateIndex
CREATE INDEX "ClosureAppeal_status_idx" ON "ClosureAppeal"("status");

-- CreateIndex
CREATE INDEX "ClosureAppeal_decidedById_idx" ON "ClosureAppeal"("decidedById");

-- CreateIndex
CREATE INDEX "Ban_storeId_idx" ON "Ban"("storeId");

-- CreateIndex
CREATE INDEX "Ban_organisationId_idx" ON "Ban"("organisationId");

-- CreateIndex
CREATE INDEX "Ban_proposalId_idx" ON "Ban"("proposalId");

-- CreateIndex
CREATE INDEX "Ban_issuedById_idx" ON "Ban"("issuedById");

-- CreateIndex
CREATE INDEX "Ban_email_idx" ON "Ban"("email");

-- CreateIndex
CREATE INDEX "Ban_registrationNumber_idx" ON "Ban"("registrationNumber");

-- CreateIndex
CREATE INDEX "Ban_identityDocumentHash_idx" ON "Ban"("identityDocumentHash");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_organisationId_idx" ON "Notification"("organisationId");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_notificationId_idx" ON "EmailOutbox"("notificationId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_objectType_objectId_id_idx" ON "AuditEvent"("objectType", "objectId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_idx" ON "AuditEvent"("organisationId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "PolicySetting_updatedById_idx" ON "PolicySetting"("updatedById");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brand" ADD CONSTRAINT "Brand_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandReferencePrice" ADD CONSTRAINT "BrandReferencePrice_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizedDistributor" ADD CONSTRAINT "AuthorizedDistributor_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizedDistributor" ADD CONSTRAINT "AuthorizedDistributor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Right" ADD CONSTRAINT "Right_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Right" ADD CONSTRAINT "Right_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Right" ADD CONSTRAINT "Right_certificateDocumentId_fkey" FOREIGN KEY ("certificateDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyAuthorization" ADD CONSTRAINT "AgencyAuthorization_agencyOrganisationId_fkey" FOREIGN KEY ("agencyOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyAuthorization" ADD CONSTRAINT "AgencyAuthorization_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyAuthorization" ADD CONSTRAINT "AgencyAuthorization_powerOfAttorneyDocumentId_fkey" FOREIGN KEY ("powerOfAttorneyDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_sellerOrganisationId_fkey" FOREIGN KEY ("sellerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_filerOrganisationId_fkey" FOREIGN KEY ("filerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRight" ADD CONSTRAINT "ClaimRight_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRight" ADD CONSTRAINT "ClaimRight_rightId_fkey" FOREIGN KEY ("rightId") REFERENCES "Right"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimItem" ADD CONSTRAINT "ClaimItem_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimItem" ADD CONSTRAINT "ClaimItem_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimItem" ADD CONSTRAINT "ClaimItem_assignedReviewerId_fkey" FOREIGN KEY ("assignedReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimItem" ADD CONSTRAINT "ClaimItem_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimItem" ADD CONSTRAINT "ClaimItem_removalRightId_fkey" FOREIGN KEY ("removalRightId") REFERENCES "Right"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvidence" ADD CONSTRAINT "ClaimEvidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvidence" ADD CONSTRAINT "ClaimEvidence_claimItemId_fkey" FOREIGN KEY ("claimItemId") REFERENCES "ClaimItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvidence" ADD CONSTRAINT "ClaimEvidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_claimItemId_fkey" FOREIGN KEY ("claimItemId") REFERENCES "ClaimItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterNotice" ADD CONSTRAINT "CounterNotice_claimItemId_fkey" FOREIGN KEY ("claimItemId") REFERENCES "ClaimItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterNotice" ADD CONSTRAINT "CounterNotice_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterNotice" ADD CONSTRAINT "CounterNotice_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterNotice" ADD CONSTRAINT "CounterNotice_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterNoticeEvidence" ADD CONSTRAINT "CounterNoticeEvidence_counterNoticeId_fkey" FOREIGN KEY ("counterNoticeId") REFERENCES "CounterNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterNoticeEvidence" ADD CONSTRAINT "CounterNoticeEvidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreVerification" ADD CONSTRAINT "StoreVerification_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreVerification" ADD CONSTRAINT "StoreVerification_businessLicenceDocumentId_fkey" FOREIGN KEY ("businessLicenceDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreVerification" ADD CONSTRAINT "StoreVerification_identityDocumentId_fkey" FOREIGN KEY ("identityDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreVerification" ADD CONSTRAINT "StoreVerification_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandAuthorization" ADD CONSTRAINT "BrandAuthorization_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandAuthorization" ADD CONSTRAINT "BrandAuthorization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "BrandAuthorization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandAuthorization" ADD CONSTRAINT "BrandAuthorization_holderOrganisationId_fkey" FOREIGN KEY ("holderOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandAuthorization" ADD CONSTRAINT "BrandAuthorization_holderStoreId_fkey" FOREIGN KEY ("holderStoreId") REFERENCES "Store"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationApplication" ADD CONSTRAINT "AuthorizationApplication_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationApplication" ADD CONSTRAINT "AuthorizationApplication_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationApplication" ADD CONSTRAINT "AuthorizationApplication_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationApplication" ADD CONSTRAINT "AuthorizationApplication_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AuthorizationApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_brandAuthorizationId_fkey" FOREIGN KEY ("brandAuthorizationId") REFERENCES "BrandAuthorization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SellingGrant" ADD CONSTRAINT "SellingGrant_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SellingGrant" ADD CONSTRAINT "SellingGrant_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SellingGrant" ADD CONSTRAINT "SellingGrant_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AuthorizationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Strike" ADD CONSTRAINT "Strike_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Strike" ADD CONSTRAINT "Strike_claimItemId_fkey" FOREIGN KEY ("claimItemId") REFERENCES "ClaimItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Strike" ADD CONSTRAINT "Strike_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AuthorizationApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Strike" ADD CONSTRAINT "Strike_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureProposal" ADD CONSTRAINT "ClosureProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureAppeal" ADD CONSTRAINT "ClosureAppeal_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ClosureProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureAppeal" ADD CONSTRAINT "ClosureAppeal_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosureAppeal" ADD CONSTRAINT "ClosureAppeal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ban" ADD CONSTRAINT "Ban_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ban" ADD CONSTRAINT "Ban_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ban" ADD CONSTRAINT "Ban_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ClosureProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ban" ADD CONSTRAINT "Ban_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicySetting" ADD CONSTRAINT "PolicySetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Listing_url_idx" ON "Listing"("url");

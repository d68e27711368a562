#!/bin/sh
# Stand-in for the native schema engine; see prisma.config.ts.
echo "The native Prisma schema engine is not used by Assay: run npm run db:migrate" >&2
exit 1

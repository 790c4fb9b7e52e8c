#!/bin/sh
# Stands in for Prisma's native schema engine, which the CLI would download from a host these machines cannot
# reach. `prisma generate` never calls it; migrations go through prisma/new-migration.ts instead.
echo "The native Prisma schema engine is not used here: run 'npm run db:migration -- <name>'" >&2
exit 1

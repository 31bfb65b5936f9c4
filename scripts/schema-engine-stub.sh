#!/bin/sh
echo "The native Prisma schema engine is not installed: use 'npm run db:migrate' and 'npm run db:migration -- <name>'." >&2
exit 1

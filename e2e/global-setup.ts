// Prepares the e2e database: migrated, demo data loaded, and one account per role
// with known passwords (see e2e/accounts.ts). Runs against data/e2e.db only.
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { E2E_ACCOUNTS } from "./accounts";
import { E2E_DATABASE_URL } from "./env";

export default async function globalSetup() {
  await migrate(E2E_DATABASE_URL);
  const db = createDb(E2E_DATABASE_URL);
  try {
    await seedDemo(db);
    for (const account of Object.values(E2E_ACCOUNTS)) {
      const passwordHash = await hashPassword(account.password);
      await db.user.upsert({
        where: { email: account.email },
        update: { passwordHash, role: account.role, disabled: false, name: account.name },
        create: { email: account.email, name: account.name, role: account.role, passwordHash },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

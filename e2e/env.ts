// Where the e2e server runs and which database it uses: its own file, never the user's data.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = `file:./data/e2e-${E2E_PORT}.db`;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** `pnpm db:seed`: migrate DATABASE_URL and add the demo provinces it lacks. */
import { prepareDatabase } from '../admin.js';
import { seedDemoProvinces } from './index.js';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_URL is not set. `pnpm dev` seeds the embedded database by itself.\n');
  process.exit(2);
}
await prepareDatabase(url, process.env.DATABASE_APP_PASSWORD);
const created = await seedDemoProvinces(url);
process.stdout.write(
  created.length ? `Seeded: ${created.join(', ')}\n` : 'Demo provinces already present.\n',
);

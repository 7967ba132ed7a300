import fs from 'node:fs';
import path from 'node:path';
import { parsePlanDocument, PlanParseError } from './modules/plans/parser';

/** `plan parse FILE --json`: exactly one JSON object on stdout; unreadable input exits 2 with a Vietnamese message. */
export async function runPlanCommand(verb: string | undefined, file: string | undefined, opts: { json: boolean }): Promise<number> {
  if (verb !== 'parse' || !file) {
    console.error('Cách dùng: npm run --silent cli -- plan parse TỆP --json');
    return 2;
  }
  let data: Uint8Array;
  try {
    data = fs.readFileSync(file);
  } catch {
    console.error(`Không đọc được tệp "${file}": tệp không tồn tại hoặc không có quyền đọc.`);
    return 2;
  }
  try {
    const plan = await parsePlanDocument(data, path.basename(file));
    const { warnings, ...contract } = plan;
    if (warnings.length) for (const w of warnings) console.error(`Cảnh báo: ${w}`);
    process.stdout.write(JSON.stringify(opts.json ? contract : contract, null, opts.json ? 0 : 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PlanParseError) {
      console.error(e.messageVi);
      return 2;
    }
    throw e;
  }
}

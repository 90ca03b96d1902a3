/** plan-tracker extract on a file with no region given: the region read from the text is used and said. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./helpers/run-cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-region-"));
const file = path.join(tmp, "chips.txt");
// invented figures
fs.writeFileSync(file, "上海集成电路产业再上台阶\n2024年全市集成电路产业规模达到3900亿元。上海将继续推进。\n");

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("a file with no region given is placed by its title, and the command says so", async () => {
  const { code, err } = await run("extract", "--date", "2025-01-05", file);
  expect(code).toBe(0);
  expect(err).toBe("plan-tracker: chips.txt: dated 2025-01-05 (--date); region Shanghai (from its text); 1 facts");
  const json = JSON.parse((await run("extract", "--date", "2025-01-05", "--format", "json", file)).out);
  expect(json[0]).toMatchObject({ region: "Shanghai", indicator: "IC", value: 390_000_000_000, year: 2024 });
});

test("--region wins over the text's place, and nothing is said about it", async () => {
  const { err, out } = await run("extract", "--date", "2025-01-05", "--region", "Chongqing", "--format", "table", file);
  expect(err).toBe("plan-tracker: chips.txt: dated 2025-01-05 (--date); 1 facts");
  expect(out).toContain("Chongqing");
});

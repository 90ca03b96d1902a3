import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseStringPromise } from "xml2js";
import { ROOT } from "./helpers/seeds";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

async function load(file: string): Promise<Node> {
  return parseStringPromise(fs.readFileSync(file, "utf8"));
}

function all(node: Node, name: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v));
      all(value, name, found);
    }
  }
  return found;
}

const manifestFile = path.join(ROOT, "manifest.xml");

describe("manifest.xml", () => {
  let manifest: Node;
  beforeAll(async () => {
    manifest = await load(manifestFile);
  });

  it("is well-formed and is an Excel task pane add-in with ReadWriteDocument", () => {
    const app = manifest.OfficeApp;
    expect(app.$["xsi:type"]).toBe("TaskPaneApp");
    expect(app.Hosts[0].Host.map((h: Node) => h.$.Name)).toEqual(["Workbook"]);
    expect(app.Permissions[0]).toBe("ReadWriteDocument");
    const sets = all(app.Requirements, "Set").map((s) => s.$);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((kind) =>
        all(manifest.OfficeApp.VersionOverrides, kind)
          .map((n) => n.$?.id)
          .filter(Boolean),
      ),
    );
    const used = all(manifest, "$")
      .map((attrs) => attrs.resid)
      .filter(Boolean);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(ids).toContain(resid);
  });

  it("uses one long-lived runtime for the task pane, the functions page and the function file", () => {
    const runtimes = all(manifest, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].$.lifetime).toBe("long");
    const runtime = runtimes[0].$.resid;
    const functions = all(manifest, "ExtensionPoint").find((e) => e.$["xsi:type"] === "CustomFunctions");
    expect(functions.Page[0].SourceLocation[0].$.resid).toBe(runtime);
    expect(all(manifest, "FunctionFile")[0].$.resid).toBe(runtime);
    const showTaskpane = all(manifest, "Action").find((a) => a.$["xsi:type"] === "ShowTaskpane");
    expect(showTaskpane.SourceLocation[0].$.resid).toBe(runtime);
  });

  it("declares the SH namespace and the two ribbon buttons", () => {
    const functions = all(manifest, "ExtensionPoint").find((e) => e.$["xsi:type"] === "CustomFunctions");
    const namespaceId = functions.Namespace[0].$.resid;
    const strings = all(manifest, "bt:String").map((s) => s.$);
    expect(strings.find((s) => s.id === namespaceId).DefaultValue).toBe("SH");
    const labels = all(manifest, "Control").map((c) => strings.find((s) => s.id === c.Label[0].$.resid).DefaultValue);
    expect(labels).toEqual(["Show tracker", "Refresh sheets"]);
    const refresh = all(manifest, "Action").find((a) => a.$["xsi:type"] === "ExecuteFunction");
    expect(refresh.FunctionName[0]).toBe("refreshSheets");
    expect(fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8")).toContain(
      'associate("refreshSheets"',
    );
  });

  it("uses only HTTPS URLs, and its icons exist at 16, 32, 64 and 80 px", () => {
    const urls = [...all(manifest, "$").flatMap((a) => Object.values(a)), ...all(manifest, "AppDomain")].filter(
      (v): v is string => typeof v === "string" && /^\w+:\/\//.test(v),
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls)
      if (!url.startsWith("http://schemas.microsoft.com") && !url.startsWith("http://www.w3.org"))
        expect(url).toMatch(/^https:\/\//);
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
    const icons = all(manifest, "bt:Image")
      .map((i) => i.$.DefaultValue)
      .filter(Boolean);
    for (const icon of icons) expect(fs.existsSync(path.join(ROOT, "assets", path.basename(icon)))).toBe(true);
  });
});

describe("the production build", () => {
  const dist = path.join(ROOT, "dist");
  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, "manifest.xml")) || !process.env.PLAN_TRACKER_REUSE_BUILD) {
      execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
    }
  }, 600000);

  it("has functions.json with every function and a manifest with no localhost URL", async () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    expect(metadata.functions.map((f: { id: string }) => f.id).sort()).toEqual([
      "ACTUAL",
      "BASELINE",
      "INDICATORS",
      "INFO",
      "LATEST",
      "PATH",
      "PLANS",
      "PROGRESS",
      "REQUIREDCAGR",
      "SIGNED",
      "SOURCE",
      "STATUS",
      "TARGET",
    ]);
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    const production = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).config.production_url;
    expect(manifest).toContain(`${production}taskpane.html`);
    expect(JSON.stringify(metadata)).not.toMatch(/localhost/);
    expect(metadata.functions[0].helpUrl).toBe(`${production}help.html#shtarget`);
    await load(path.join(dist, "manifest.xml"));
  });

  it("serves a help page with a section for every function", () => {
    const help = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    for (const id of [
      "shtarget",
      "shbaseline",
      "shactual",
      "shlatest",
      "shpath",
      "shrequiredcagr",
      "shprogress",
      "shstatus",
      "shsource",
      "shinfo",
      "shindicators",
      "shsigned",
    ]) {
      expect(help).toMatch(new RegExp(`id="?${id}"?[ >]`));
    }
  });
});

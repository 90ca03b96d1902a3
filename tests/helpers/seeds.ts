import * as fs from "fs";
import * as path from "path";
import type { SourceDocument } from "../../src/core/dataset";
import type { DocumentInfo, Fact } from "../../src/core/types";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SEEDS = path.join(ROOT, "seeds");

export function seedDocuments(): SourceDocument[] {
  const infos: DocumentInfo[] = JSON.parse(fs.readFileSync(path.join(SEEDS, "documents.json"), "utf8"));
  return infos.map((info) => ({ info, text: fs.readFileSync(path.join(SEEDS, info.file), "utf8") }));
}

export interface GoldFact extends Omit<Fact, "start" | "end" | "subject"> {
  subject: string | null;
}

export function goldFacts(): GoldFact[] {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "seeds.gold.json"), "utf8")).facts;
}

import overview from "../generated/overview-data.json";
import seedData from "../generated/seed-data.json";
import { initSharedStore, type SeedData } from "../functions/store";
import { mountPane } from "./mount";
import type { PrecomputedOverview } from "./overview-model";

// overview-data.json: the seeds' overview, worked out at build time from seed-data.json (scripts/embed-overview.js)
void mountPane(
  document.getElementById("root")!,
  initSharedStore(seedData as unknown as SeedData),
  overview as unknown as PrecomputedOverview,
);

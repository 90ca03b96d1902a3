import seedData from "../generated/seed-data.json";
import { initSharedStore, type SeedData } from "../functions/store";
import { mountPane } from "./mount";

void mountPane(document.getElementById("root")!, initSharedStore(seedData as unknown as SeedData));

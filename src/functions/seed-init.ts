/** Loads the embedded seed dataset (extracted at build time) into the shared store. */
import seedData from "../generated/seed-data.json";
import { initSharedStore, type SeedData } from "./store";

initSharedStore(seedData as unknown as SeedData);

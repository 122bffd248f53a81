import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema.ts";

/** Built per request from the binding: no module-level client: workerd forbids I/O and random values outside a request, and a client kept between requests would outlive its binding. */
export const getDb = (d1: D1Database) => drizzle(d1, { schema });
export type Db = ReturnType<typeof getDb>;

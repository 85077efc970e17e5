// Every table of the product, re-exported from the modules' schema files so that
// drizzle-kit and the query builder see one schema.
export * from './schema/attendance.schema';
export * from './schema/auth.schema';
export * from './schema/offices.schema';
export * from './schema/org.schema';
export * from './schema/performance.schema';
export * from './schema/tpp.schema';

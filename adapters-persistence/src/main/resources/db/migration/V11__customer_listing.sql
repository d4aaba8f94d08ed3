-- The service API lists a tenant's customers newest first, page by page.
CREATE INDEX customer_by_tenant_and_creation ON customer (tenant, created_at);

-- How a tenant's pages look (logo URL, primary colour as #rrggbb, support address) and the addresses
-- its pages may send a customer back to, newline-separated (at most 20 of 500 characters). All optional.
ALTER TABLE tenant ADD COLUMN logo_url VARCHAR(500);
ALTER TABLE tenant ADD COLUMN primary_color VARCHAR(7);
ALTER TABLE tenant ADD COLUMN support_email VARCHAR(254);
ALTER TABLE tenant ADD COLUMN allowed_return_urls VARCHAR(11000);

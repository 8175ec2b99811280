-- Scale (issue 8): units.create takes the next sort position of the year; without this index
-- that is a scan of the whole year, which makes building a 25.000-unit tree quadratic.
CREATE INDEX unit_year_sort ON unit_year(year, sort);

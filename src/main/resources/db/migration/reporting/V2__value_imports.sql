-- Numbers of administrators' bulk imports of approved values, the source of those values.
CREATE SEQUENCE reporting.value_import_seq;

-- The route of each leg of a transfer manifest (运输里程 and 途经地): 部令第23号 第十四条 and 第十六条 ask the 联单 for the
-- transport of each 承运人 leg, from its start (the sender's site, or the handover place) to its end (the next handover
-- place, or the receiver). The sender gives it at draft; a carrier gives its own leg's before picking up. The daily
-- check compares a trip's actual time with the time its route needs (TripTimes).
ALTER TABLE waste.manifest_carrier
    ADD COLUMN distance_km numeric(6, 1) CHECK (distance_km > 0 AND distance_km <= 5000),
    ADD COLUMN route       text;

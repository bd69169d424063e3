package org.coproduce.ideas;

import org.coproduce.shared.api.ProblemException;

/** A map area to list placed ideas in: west, south, east, north in degrees (the GeoJSON order). */
record BoundingBox(double west, double south, double east, double north) {

    /** Parses {@code west,south,east,north}; null for no box; 400 for anything else. */
    static BoundingBox parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw invalid();
        }
        double[] edges = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                edges[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw invalid();
            }
            if (!Double.isFinite(edges[i])) {
                throw invalid();
            }
        }
        BoundingBox box = new BoundingBox(edges[0], edges[1], edges[2], edges[3]);
        if (box.west < -180 || box.east > 180 || box.south < -90 || box.north > 90) {
            throw ProblemException.invalidField("bbox", "must lie within longitude -180..180 and latitude -90..90");
        }
        if (box.west > box.east || box.south > box.north) {
            throw ProblemException.invalidField("bbox", "must give west before east and south before north");
        }
        return box;
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("bbox", "must be four numbers: west,south,east,north");
    }
}

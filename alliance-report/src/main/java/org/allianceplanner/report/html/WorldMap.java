package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;
import static org.allianceplanner.report.html.Html.num;
import static org.allianceplanner.report.html.Svg.line;
import static org.allianceplanner.report.html.Svg.open;
import static org.allianceplanner.report.html.Svg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.model.alliance.ScenarioOutline.MarketPlace;
import org.allianceplanner.model.alliance.ScenarioOutline.PlantPlace;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.report.StudyView;

/**
 * The map of plants, markets and flows in an equirectangular projection over the Natural Earth 110m land
 * outline ({@code land-110m.svgpath}, see the README next to it). Flows of the standalone plans and of
 * the joint plan are two layers ({@code data-layer}); the page's script shows one at a time, and
 * without script the joint layer shows.
 */
final class WorldMap {
    static final int WIDTH = 1000;
    /** Latitudes shown: the inhabited world, without Antarctica. */
    private static final double NORTH = 84;

    private static final double SOUTH = -58;
    private static final double SCALE = WIDTH / 360.0;
    static final int HEIGHT = (int) Math.round((NORTH - SOUTH) * SCALE);
    private static final String LAND = loadLand();

    private WorldMap() {}

    static double x(double longitude) {
        return (longitude + 180) * SCALE;
    }

    static double y(double latitude) {
        return (NORTH - latitude) * SCALE;
    }

    /** The map: land, then flows of both layers, then markets, then plants on top. */
    static String svg(
            StudyView view,
            List<PlantPlace> plants,
            List<MarketPlace> markets,
            List<ProductionFlow> standalone,
            List<ProductionFlow> joint) {
        double maxCapacity = plants.stream()
                .mapToDouble(PlantPlace::capacityUnitsPerYear)
                .max()
                .orElse(1);
        double maxUnits = 1;
        for (ProductionFlow flow : standalone) {
            maxUnits = Math.max(maxUnits, flow.unitsPerYear());
        }
        for (ProductionFlow flow : joint) {
            maxUnits = Math.max(maxUnits, flow.unitsPerYear());
        }
        StringBuilder svg = open("map", "map", WIDTH, HEIGHT, "Plants, markets and flows");
        svg.append("<rect width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"#eef3f8\"/>");
        svg.append("<path class=\"land\" fill=\"#d9dde2\" stroke=\"#c2c8cf\" stroke-width=\"0.3\" transform=\"scale(")
                .append(num(SCALE))
                .append(") translate(0 ")
                .append(num(NORTH - 90))
                .append(")\" d=\"")
                .append(LAND)
                .append("\"/>");
        for (double lon = -150; lon <= 150; lon += 30) {
            svg.append(line(x(lon), 0, x(lon), HEIGHT, "#ffffff", 0.6, ""));
        }
        for (double lat = -30; lat <= 60; lat += 30) {
            svg.append(line(0, y(lat), WIDTH, y(lat), "#ffffff", 0.6, ""));
        }
        flowLayer(svg, view, "standalone", standalone, maxUnits);
        flowLayer(svg, view, "joint", joint, maxUnits);
        svg.append("<g class=\"markets\">");
        for (MarketPlace market : markets) {
            double size = 9;
            svg.append("<rect class=\"market\" data-market=\"")
                    .append(esc(market.marketId()))
                    .append("\" x=\"")
                    .append(num(x(market.longitude()) - size / 2))
                    .append("\" y=\"")
                    .append(num(y(market.latitude()) - size / 2))
                    .append("\" width=\"")
                    .append(num(size))
                    .append("\" height=\"")
                    .append(num(size))
                    .append("\" fill=\"#ffffff\" stroke=\"#2f3b4a\" stroke-width=\"2\"><title>")
                    .append(esc("Market " + market.name() + " (" + market.marketId() + ")"))
                    .append("</title></rect>");
            svg.append(text(x(market.longitude()) + 8, y(market.latitude()) - 7, market.name(), 10, "start", "600"));
        }
        svg.append("</g><g class=\"plants\">");
        for (PlantPlace plant : plants) {
            double r = 3 + 7 * Math.sqrt(plant.capacityUnitsPerYear() / maxCapacity);
            svg.append("<circle class=\"plant\" data-plant=\"")
                    .append(esc(plant.plantId()))
                    .append("\" data-partner=\"")
                    .append(esc(plant.partnerId()))
                    .append("\" data-capacity=\"")
                    .append(num(plant.capacityUnitsPerYear()))
                    .append("\" cx=\"")
                    .append(num(x(plant.longitude())))
                    .append("\" cy=\"")
                    .append(num(y(plant.latitude())))
                    .append("\" r=\"")
                    .append(num(r))
                    .append("\" fill=\"")
                    .append(view.colour(plant.partnerId()))
                    .append("\" fill-opacity=\"0.85\" stroke=\"#ffffff\" stroke-width=\"1.2\"><title>")
                    .append(esc(plant.name() + " (" + view.partnerName(plant.partnerId()) + "), capacity "
                            + Html.units(plant.capacityUnitsPerYear()) + " units/yr"))
                    .append("</title></circle>");
        }
        svg.append("</g><g class=\"labels\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">");
        for (MarketPlace market : markets) {
            svg.append(text(x(market.longitude()) + 8, y(market.latitude()) - 8, market.name(), 10, "start", "600"));
        }
        return svg.append("</g></svg>").toString();
    }

    private static void flowLayer(
            StringBuilder svg, StudyView view, String layer, List<ProductionFlow> flows, double maxUnits) {
        svg.append("<g class=\"flows layer-")
                .append(layer)
                .append("\" data-layer=\"")
                .append(layer)
                .append("\">");
        Map<String, Integer> seen = new HashMap<>();
        for (ProductionFlow flow : flows) {
            Optional<PlantPlace> plant = view.plant(flow.plantId());
            Optional<MarketPlace> market = view.market(flow.marketId());
            if (plant.isEmpty() || market.isEmpty()) {
                continue;
            }
            double x1 = x(plant.get().longitude());
            double y1 = y(plant.get().latitude());
            double x2 = x(market.get().longitude());
            double y2 = y(market.get().latitude());
            int k = seen.merge(flow.plantId() + "→" + flow.marketId(), 1, Integer::sum);
            // Curves bend to one side, more for each further model on the same lane, so that they stay apart.
            double dx = x2 - x1;
            double dy = y2 - y1;
            double length = Math.max(Math.hypot(dx, dy), 1);
            double bend = 0.18 * length * k + 6 * k;
            double cx = (x1 + x2) / 2 - dy / length * bend;
            double cy = (y1 + y2) / 2 + dx / length * bend;
            double width = 1 + 7 * flow.unitsPerYear() / maxUnits;
            svg.append("<path class=\"flow\" data-layer=\"")
                    .append(layer)
                    .append("\" data-model=\"")
                    .append(esc(flow.modelId()))
                    .append("\" data-plant=\"")
                    .append(esc(flow.plantId()))
                    .append("\" data-market=\"")
                    .append(esc(flow.marketId()))
                    .append("\" data-units=\"")
                    .append(num(flow.unitsPerYear()))
                    .append("\" d=\"M")
                    .append(num(x1))
                    .append(' ')
                    .append(num(y1))
                    .append(" Q")
                    .append(num(cx))
                    .append(' ')
                    .append(num(cy))
                    .append(' ')
                    .append(num(x2))
                    .append(' ')
                    .append(num(y2))
                    .append("\" fill=\"none\" stroke=\"")
                    .append(view.colour(plant.get().partnerId()))
                    .append("\" stroke-opacity=\"0.55\" stroke-linecap=\"round\" stroke-width=\"")
                    .append(num(width))
                    .append("\"><title>")
                    .append(esc(flow.modelId() + ": " + plant.get().name() + " → "
                            + market.get().name() + ", " + Html.units(flow.unitsPerYear()) + " units/yr (" + layer
                            + ")"))
                    .append("</title></path>");
        }
        svg.append("</g>");
    }

    private static String loadLand() {
        try (InputStream in = WorldMap.class.getResourceAsStream("land-110m.svgpath")) {
            if (in == null) {
                throw new IllegalStateException(
                        "The world outline land-110m.svgpath is missing from the classpath next to "
                                + WorldMap.class.getName()
                                + ".\nMaybe the alliance-report jar was built without its resources.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the world outline land-110m.svgpath: " + e.getMessage(), e);
        }
    }
}

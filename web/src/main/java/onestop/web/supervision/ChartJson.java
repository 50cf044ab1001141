package onestop.web.supervision;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, which writes its value into the page's script as
 * it is: built with JSON-P (quotes and control characters escaped) and with {@code < > &} escaped
 * as well, so that a department or item name can never close the script element.
 */
final class ChartJson {
    static final String BRAND = "#a3282d";
    static final String GREY = "#8a8f98";
    static final String GREEN = "#2e7d32";
    static final String AMBER = "#f9a825";
    static final String RED = "#c62828";
    static final String BLUE = "#1565c0";

    private ChartJson() {
    }

    static String text(JsonObject config) {
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Number n : values) {
            if (n == null) {
                a.addNull();
            } else if (n instanceof Integer || n instanceof Long) {
                a.add(n.longValue());
            } else {
                a.add(n.doubleValue());
            }
        }
        return a;
    }

    static JsonObjectBuilder dataset(String type, String label, List<? extends Number> values, String color) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("type", type).add("label", label)
                .add("data", numbers(values)).add("backgroundColor", color).add("borderColor", color);
        return "bar".equals(type) ? dataset.add("maxBarThickness", 32) : dataset;
    }

    static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    /** A y axis from zero, or a percent axis 0–100 on the right. */
    static JsonObjectBuilder axis(boolean percent) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true);
        if (percent) {
            axis.add("min", 0).add("max", 100).add("position", "right")
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false));
        } else {
            axis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return axis;
    }
}

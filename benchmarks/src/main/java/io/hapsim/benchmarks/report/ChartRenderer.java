package io.hapsim.benchmarks.report;

import io.hapsim.benchmarks.load.Strategy;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;

/** Draws a {@link LoadTable} as a grouped bar chart (PNG, java.awt in headless mode). */
public final class ChartRenderer {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2)
    };

    private ChartRenderer() {
    }

    public static void write(LoadTable table, String title, String subtitle, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ImageIO.write(render(table, title, subtitle), "png", png.toFile());
    }

    public static BufferedImage render(LoadTable table, String title, String subtitle) {
        List<String> columns = table.columns();
        List<Strategy> strategies = table.strategies();
        int groupWidth = Math.max(120, strategies.size() * 26 + 30);
        int left = 90;
        int right = 250;
        int top = 80;
        int bottom = 90;
        int plotWidth = Math.max(400, columns.size() * groupWidth);
        int plotHeight = 420;
        int width = left + plotWidth + right;
        int height = top + plotHeight + bottom;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);

        double max = 0;
        for (String c : columns) {
            for (Strategy s : strategies) {
                Optional<Row> r = table.cell(c, s);
                if (r.isPresent() && r.get().ok()) {
                    max = Math.max(max, r.get().score());
                }
            }
        }
        OptionalDouble stream = table.baseline("stream");
        OptionalDouble perChunk = table.baseline("conn-per-chunk");
        double bars = max;
        // a baseline far above the bars is written, not drawn, so that the bars stay readable
        boolean streamOffScale = stream.isPresent() && bars > 0 && stream.getAsDouble() > 2 * bars;
        boolean perChunkOffScale = perChunk.isPresent() && bars > 0 && perChunk.getAsDouble() > 2 * bars;
        if (stream.isPresent() && !streamOffScale) {
            max = Math.max(max, stream.getAsDouble());
        }
        if (perChunk.isPresent() && !perChunkOffScale) {
            max = Math.max(max, perChunk.getAsDouble());
        }
        max *= 1.08;
        double step = niceStep(max / 1e6 / 5);
        double top1 = Math.max(step, Math.ceil(max / 1e6 / step) * step);

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.DARK_GRAY);
        g.drawString(subtitle, left, 52);

        // axes and grid
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (double v = 0; v <= top1 + 1e-9; v += step) {
            int y = top + plotHeight - (int) Math.round(v / top1 * plotHeight);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(left, y, left + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, step < 0.1 ? "%.2f" : "%.1f", v);
            g.drawString(label, left - 8 - fm.stringWidth(label), y + 4);
        }
        Graphics2D rot = (Graphics2D) g.create();
        rot.rotate(-Math.PI / 2);
        rot.setColor(Color.BLACK);
        rot.drawString("million entries/s", -(top + plotHeight / 2 + 50), 30);
        rot.dispose();
        g.setColor(Color.BLACK);
        g.drawLine(left, top, left, top + plotHeight);
        g.drawLine(left, top + plotHeight, left + plotWidth, top + plotHeight);

        // bars
        int groupSpan = plotWidth / Math.max(1, columns.size());
        int barWidth = Math.max(8, Math.min(26, (groupSpan - 20) / Math.max(1, strategies.size())));
        for (int ci = 0; ci < columns.size(); ci++) {
            String c = columns.get(ci);
            int groupLeft = left + ci * groupSpan + (groupSpan - barWidth * strategies.size()) / 2;
            for (int si = 0; si < strategies.size(); si++) {
                Optional<Row> r = table.cell(c, strategies.get(si));
                if (r.isEmpty()) {
                    continue;
                }
                int x = groupLeft + si * barWidth;
                if (!r.get().ok()) {
                    g.setColor(Color.RED);
                    g.drawString("x", x + barWidth / 2 - 3, top + plotHeight - 4);
                    continue;
                }
                int h = (int) Math.round(r.get().score() / 1e6 / top1 * plotHeight);
                g.setColor(PALETTE[si % PALETTE.length]);
                g.fillRect(x + 1, top + plotHeight - h, barWidth - 2, h);
                g.setColor(Color.DARK_GRAY);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
                String value = String.format(Locale.ROOT, "%.2f", r.get().score() / 1e6);
                Graphics2D vg = (Graphics2D) g.create();
                vg.translate(x + barWidth / 2 + 3, top + plotHeight - h - 3);
                vg.rotate(-Math.PI / 2);
                vg.drawString(value, 0, 0);
                vg.dispose();
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            }
            g.setColor(Color.BLACK);
            String label = c;
            g.drawString(label, left + ci * groupSpan + (groupSpan - fm.stringWidth(label)) / 2,
                    top + plotHeight + 20);
        }

        // baselines
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        if (stream.isPresent() && !streamOffScale) {
            int y = top + plotHeight - (int) Math.round(stream.getAsDouble() / 1e6 / top1 * plotHeight);
            g.setColor(Color.BLACK);
            g.drawLine(left, y, left + plotWidth, y);
        }
        if (perChunk.isPresent() && !perChunkOffScale) {
            int y = top + plotHeight - (int) Math.round(perChunk.getAsDouble() / 1e6 / top1 * plotHeight);
            g.setColor(Color.GRAY);
            g.drawLine(left, y, left + plotWidth, y);
        }
        g.setStroke(new BasicStroke(1f));

        // legend
        int lx = left + plotWidth + 20;
        int ly = top + 10;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int si = 0; si < strategies.size(); si++) {
            g.setColor(PALETTE[si % PALETTE.length]);
            g.fillRect(lx, ly + si * 22, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(strategies.get(si).label(), lx + 20, ly + si * 22 + 12);
        }
        int by = ly + strategies.size() * 22 + 16;
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        if (stream.isPresent()) {
            g.setColor(Color.BLACK);
            if (!streamOffScale) {
                g.drawLine(lx, by + 7, lx + 14, by + 7);
            }
            g.drawString("raw socket, one stream", lx + 20, by + 12);
            g.drawString(String.format(Locale.ROOT, "%.2fM/s%s", stream.getAsDouble() / 1e6,
                    streamOffScale ? " (off scale)" : ""), lx + 20, by + 26);
            by += 36;
        }
        if (perChunk.isPresent()) {
            g.setColor(Color.GRAY);
            if (!perChunkOffScale) {
                g.drawLine(lx, by + 7, lx + 14, by + 7);
            }
            g.setColor(Color.BLACK);
            g.drawString("raw socket, conn. per chunk", lx + 20, by + 12);
            g.drawString(String.format(Locale.ROOT, "%.2fM/s%s", perChunk.getAsDouble() / 1e6,
                    perChunkOffScale ? " (off scale)" : ""), lx + 20, by + 26);
        }
        g.dispose();
        return img;
    }

    static double niceStep(double raw) {
        if (raw <= 0) {
            return 0.1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}

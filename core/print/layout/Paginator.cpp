#include "print/layout/Paginator.h"

#include <algorithm>

namespace rr::printing {

namespace {

class Paginator {
public:
    Paginator(const QList<Band> &bands, double top, double bottom) : m_bands(bands), m_top(top), m_bottom(bottom)
    {
        m_pages.append(LaidOutPage{});
        m_y = top;
    }

    QList<LaidOutPage> run()
    {
        for (int i = 0; i < m_bands.size(); ++i)
            placeWhole(i);
        return m_pages;
    }

private:
    bool pageEmpty() const { return m_pages.last().bands.isEmpty(); }
    double fullHeight() const { return m_bottom - m_top; }

    void newPage(const Band &next)
    {
        m_pages.append(LaidOutPage{});
        m_y = m_top;
        m_headerBands = 0;
        // A record that began on an earlier page says so, with its identity.
        if (next.record != 0 && next.record == m_startedRecord && next.recordContinuation) {
            put(*next.recordContinuation, 0);
            ++m_headerBands;
        }
        if (next.continuationHeader) {
            put(*next.continuationHeader, 0);
            ++m_headerBands;
        }
    }

    // The page holds nothing but, at most, repeated headers: moving on would not help.
    bool nothingToGain() const { return m_pages.last().bands.size() <= m_headerBands; }

    // The page holds only what must stay with what follows (the form's title
    // and header lines, a heading): moving on would leave them alone on it,
    // so a record or group that does not fit breaks here instead.
    bool onlyLeadIn() const
    {
        const QList<PlacedBand> &placed = m_pages.last().bands;
        return std::all_of(placed.begin() + m_headerBands, placed.end(),
                           [](const PlacedBand &p) { return p.band.keepWithNext; });
    }

    void put(const Band &band, double gap)
    {
        m_pages.last().bands.append({band, m_y + gap});
        m_y += gap + band.height;
        if (band.record != 0)
            m_startedRecord = band.record;
    }

    // Height a band needs below itself for the bands it keeps with.
    double keptHeight(int index) const
    {
        double needed = 0;
        for (int i = index; i + 1 < m_bands.size() && m_bands.at(i).keepWithNext; ++i) {
            const Band &next = m_bands.at(i + 1);
            needed += next.spaceBefore + next.minimumStart();
            if (!next.keepWithNext || needed > fullHeight())
                break;
        }
        return needed > fullHeight() / 2 ? 0 : needed;   // never push a page of content ahead
    }

    // Height of the bands from `index` on that share `key`'s value, and what the last keeps with.
    template <typename Key>
    double unitHeight(int index, Key key) const
    {
        const int value = key(m_bands.at(index));
        double height = m_bands.at(index).height;
        int last = index;
        for (int i = index + 1; i < m_bands.size() && key(m_bands.at(i)) == value; ++i) {
            height += m_bands.at(i).spaceBefore + m_bands.at(i).height;
            last = i;
        }
        return height + keptHeight(last);
    }

    bool startsUnit(int index, int (*key)(const Band &)) const
    {
        const int value = key(m_bands.at(index));
        return value != 0 && (index == 0 || key(m_bands.at(index - 1)) != value);
    }

    static int recordOf(const Band &band) { return band.record; }
    static int groupOf(const Band &band) { return band.keepGroup; }

    // A record or a keep-together group that does not fit in the rest of
    // the page but fits on a page of its own starts a new page.
    void keepUnitTogether(int index)
    {
        const Band &band = m_bands.at(index);
        for (auto key : {&recordOf, &groupOf}) {
            if (!startsUnit(index, key) || nothingToGain() || onlyLeadIn())
                continue;
            const double height = unitHeight(index, key);
            const double available = m_bottom - m_y - band.spaceBefore;
            const double room = fullHeight() - (band.continuationHeader ? band.continuationHeader->height : 0);
            if (height > available + 0.01 && height <= room + 0.01) {
                if (!bringAlongBeforeSignatures(band))
                    newPage(band);
                return;
            }
        }
    }

    // Signatures (and the note above them) that would start a page take
    // the last band of what they sign along, so that they stay with it.
    bool bringAlongBeforeSignatures(const Band &band)
    {
        QList<PlacedBand> &placed = m_pages.last().bands;
        if (!band.signature && !band.closing)
            return false;
        qsizetype from = placed.size();
        while (from > m_headerBands && placed.at(from - 1).band.closing)
            --from;
        --from;   // one band of content, with those it is kept with (the last two rows of a table)
        while (from - 1 > m_headerBands && placed.at(from - 1).band.keepWithNext && !placed.at(from - 1).band.signature
               && placed.last().y + placed.last().band.height - placed.at(from - 1).y <= fullHeight() / 3)
            --from;
        if (from < m_headerBands + 1 || placed.at(from).band.signature)
            return false;   // it would leave the page empty, or it is a signature itself
        const double taken = placed.last().y + placed.last().band.height - placed.at(from).y;
        if (taken > fullHeight() / 3)
            return false;
        const QList<PlacedBand> moved = placed.mid(from);
        placed.resize(from);
        newPage(moved.first().band);
        for (qsizetype i = 0; i < moved.size(); ++i)
            put(moved.at(i).band, i == 0 ? 0 : moved.at(i).band.spaceBefore);
        return true;
    }

    void placeWhole(int index)
    {
        Band band = m_bands.at(index);
        keepUnitTogether(index);
        const double kept = keptHeight(index);
        bool broughtAlong = false;
        for (;;) {
            const double gap = pageEmpty() ? 0 : band.spaceBefore;
            const double available = m_bottom - m_y - gap;
            if (band.height + kept <= available + 0.01 || (nothingToGain() && band.height <= available + 0.01)) {
                put(band, gap);
                return;
            }
            const bool tooTall = band.height > fullHeight() - headerHeight(band) + 0.01;
            const bool mayBreak = band.splittable || tooTall;
            if (mayBreak && (kept <= 0 || nothingToGain())) {
                if (auto split = splitBand(band, available)) {
                    put(split->first, gap);
                    if (!split->rest)
                        return;
                    band = *split->rest;
                    newPage(band);
                    continue;
                }
            }
            if (nothingToGain()) {
                // Not one line fits on a fresh page (a row span group taller
                // than a page): print it rather than loop; the page clips it.
                put(band, gap);
                return;
            }
            const bool closes = band.signature || band.closing;
            const bool closedAbove = index > 0 && (m_bands.at(index - 1).signature || m_bands.at(index - 1).closing);
            if (!broughtAlong && closes && !closedAbove) {
                broughtAlong = true;
                if (bringAlongBeforeSignatures(band))
                    continue;
            }
            newPage(band);
        }
    }

    double headerHeight(const Band &band) const
    {
        return band.continuationHeader ? band.continuationHeader->height : 0;
    }

    const QList<Band> &m_bands;
    const double m_top;
    const double m_bottom;
    double m_y = 0;
    int m_headerBands = 0;     // repeated headers at the top of the current page
    int m_startedRecord = 0;   // the record whose bands were placed last
    QList<LaidOutPage> m_pages;
};

} // namespace

QList<LaidOutPage> paginate(const QList<Band> &bands, double top, double bottom)
{
    return Paginator(bands, top, bottom).run();
}

} // namespace rr::printing

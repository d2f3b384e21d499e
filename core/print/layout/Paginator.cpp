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
        if (next.continuationHeader) {
            put(*next.continuationHeader, 0);
            m_pageStartsWithHeader = true;
        }
    }

    // The page holds nothing but, at most, a repeated header: moving on would not help.
    bool nothingToGain() const { return pageEmpty() || (m_pageStartsWithHeader && m_pages.last().bands.size() == 1); }

    void put(const Band &band, double gap)
    {
        m_pages.last().bands.append({band, m_y + gap});
        m_y += gap + band.height;
        m_pageStartsWithHeader = false;
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

    void placeWhole(int index)
    {
        Band band = m_bands.at(index);
        const double kept = keptHeight(index);
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
    bool m_pageStartsWithHeader = false;
    QList<LaidOutPage> m_pages;
};

} // namespace

QList<LaidOutPage> paginate(const QList<Band> &bands, double top, double bottom)
{
    return Paginator(bands, top, bottom).run();
}

} // namespace rr::printing

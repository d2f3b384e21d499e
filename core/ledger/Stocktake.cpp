#include "ledger/Stocktake.h"

namespace rr {

QList<StocktakeLine> Stocktake::differences() const
{
    QList<StocktakeLine> list;
    for (const StocktakeLine &line : lines)
        if (line.difference() != 0)
            list.append(line);
    return list;
}

int Stocktake::uncountedLines() const
{
    int n = 0;
    for (const StocktakeLine &line : lines)
        n += line.isCounted() ? 0 : 1;
    return n;
}

} // namespace rr

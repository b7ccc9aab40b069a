// fuzz_format_engine: a catalog entry and an event's argument words, both untrusted, through the
// shared format checker (wpp_check_format) and the format engine (prepare, render).
//
// Input: FORMAT '\0' TYPES '\0' WORDS, the words little-endian, 8 bytes each (a short last one is
// zero-padded). Without the first NUL the whole input is the format; without the second, the
// rest is the types. The message belongs to a module "fuzzdrv" whose custom types are %!State!
// and %!Bits!; the format is also read as a CUSTOM_TYPE definition. Beyond "no crash", the target
// checks what callers rely on: prepare() agrees with wpp_check_format, rendering is deterministic,
// and the text is bounded by the input.
#include <wpp/format_spec.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/format_engine.hpp"
#include "wpptrace/decoder/utf8.hpp"

namespace {

using namespace wpptrace::decoder;

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_format_engine: invariant broken: %s\n", what);
        std::abort();
    }
}

std::string_view take_until_nul(std::string_view& input) {
    const std::size_t nul = input.find('\0');
    const std::string_view field = input.substr(0, nul);
    input = nul == std::string_view::npos ? std::string_view{} : input.substr(nul + 1);
    return field;
}

constexpr std::string_view kStdPrefix = "[0]0338.0E40::06/10/2005-14:25:43.968 [fuzzdrv]";

// A module's CUSTOM_TYPEs, as the catalog resolves them.
class FuzzTypes : public CustomTypeLookup {
  public:
    FuzzTypes()
        : state_(*parse_custom_type("ItemListLong(Idle,Busy=5,Gone)", nullptr)),
          bits_(*parse_custom_type("ItemSetShort(A,B,C)", nullptr)) {}
    const CustomType* find_custom_type(std::string_view module,
                                       std::string_view name) const override {
        if (module != "fuzzdrv") return nullptr;
        return name == "State" ? &state_ : name == "Bits" ? &bits_ : nullptr;
    }

  private:
    CustomType state_, bits_;
};
const FuzzTypes lookup;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::string format(take_until_nul(input));
    const std::string types(take_until_nul(input));
    std::vector<std::uint64_t> words((input.size() + 7) / 8);
    for (std::size_t i = 0; i < input.size(); ++i)
        words[i / 8] |= std::uint64_t(static_cast<unsigned char>(input[i])) << (8 * (i % 8));

    // The shared checker on its own, as the runtime and `wpptrace catalog --check` call it.
    std::uint8_t encodings[WPP_MAX_ARGS] = {};
    std::uint32_t where_arg = 0;
    wpp_spec where{};
    const int check =
        wpp_check_format(format.c_str(), types.c_str(), encodings, &where_arg, &where);
    require(std::strlen(wpp_check_message(check)) > 0, "a check result without a message");
    require(where.begin <= where.end && where.end <= format.size(), "spec offsets out of bounds");

    MessageInfo info;
    info.format = format;
    info.types = types;
    info.module = "fuzzdrv";
    info.function = "FuzzFunction";
    const PreparedMessage message = prepare(info, &lookup);
    // The checker's verdict, plus custom types the lookup does not know.
    require(check == WPP_CHECK_OK
                ? message.ok() || message.catalog_status.problem == FormatProblem::unknown_type
                : !message.ok(),
            "prepare() disagrees with wpp_check_format");
    require(message.ok() == message.catalog_error.empty(), "catalog_error disagrees with status");
    if (message.ok()) {
        // A sound entry: every type is one argument piece, stored as the checker says.
        require(message.argument_count == types.size(), "argument count differs from the types");
        for (const Piece& piece : message.pieces) {
            if (piece.argument == 0) continue;
            require(piece.kind != PieceKind::error, "an error piece in a sound entry");
            require(piece.encoding == encodings[piece.argument - 1],
                    "piece encoding differs from wpp_check_format's");
        }
    }

    std::string out;
    const RenderStatus status = render(message, words, out, kStdPrefix);
    if (!message.ok()) require(status == message.catalog_status, "catalog problem not reported");
    std::string again = "prefix";
    require(render(message, words, again, kStdPrefix) == status,
            "render() status is not deterministic");
    require(std::string_view(again).substr(6) == out, "render() text is not deterministic");

    // Per piece at most a width or precision (WPP_SPEC_MAX_WIDTH) plus a double's digits and a
    // marker; strings grow by at most 3 bytes of UTF-8 per 2 bytes of UTF-16.
    // Memory dumps show 3 characters per recorded byte.
    const std::size_t per_piece = 2 * WPP_SPEC_MAX_WIDTH + 512 + kStdPrefix.size();
    const std::size_t bound = message.text.size() + message.pieces.size() * per_piece +
                              3 * words.size() * sizeof(std::uint64_t);
    require(out.size() <= bound, "rendered text out of proportion to the input");

    // The format read as a CUSTOM_TYPE definition: parsed or refused, never a crash.
    if (const auto custom = parse_custom_type(format, nullptr)) {
        std::string text;
        for (const std::uint64_t word : words) append_custom(text, *custom, word);
        require(text.size() <= words.size() * (format.size() + 24), "custom type text too long");
    }

    // Every code point, valid or not, becomes valid UTF-8.
    for (const std::uint64_t word : words) {
        std::string utf8;
        append_utf8(utf8, static_cast<std::uint32_t>(word));
        append_utf8(utf8, static_cast<std::uint32_t>(word >> 32));
        require(is_valid_utf8(utf8), "append_utf8 produced invalid UTF-8");
    }
    return 0;
}

#include "http/json_text.h"

#include <cstdint>
#include <cstdio>

namespace http {
namespace {

constexpr int kMaxDepth = 128;  // deeper documents are not profiles

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  out.push_back('"');
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x",
                        static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += escaped;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

std::string JsonString(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

base::Error JsonScanner::Malformed(std::string_view what) const {
  size_t line = 1;
  size_t column = 1;
  for (size_t i = 0; i < pos_ && i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return base::InvalidArgument("malformed JSON at byte " +
                               std::to_string(pos_ + 1) + " (line " +
                               std::to_string(line) + ", column " +
                               std::to_string(column) + "): " +
                               std::string(what));
}

void JsonScanner::SkipWhitespace() {
  while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                 text_[pos_] == '\n' || text_[pos_] == '\r')) {
    ++pos_;
  }
}

bool JsonScanner::AtEnd() {
  SkipWhitespace();
  return pos_ >= text_.size();
}

char JsonScanner::Peek() {
  SkipWhitespace();
  return pos_ < text_.size() ? text_[pos_] : '\0';
}

bool JsonScanner::Consume(char c) {
  if (Peek() != c || AtEnd()) return false;
  ++pos_;
  return true;
}

base::Result<std::string_view> JsonScanner::SkipValue() {
  SkipWhitespace();
  size_t start = pos_;
  auto skipped = SkipValueAt(0);
  if (!skipped) return base::Unexpected(skipped.error());
  return text_.substr(start, pos_ - start);
}

base::Result<void> JsonScanner::SkipValueAt(int depth) {
  if (depth > kMaxDepth) return Malformed("nesting too deep");
  switch (Peek()) {
    case '{': {
      ++pos_;
      if (Consume('}')) return {};
      do {
        if (Peek() != '"') return Malformed("expected a member name");
        auto key = ReadString();
        if (!key) return base::Unexpected(key.error());
        if (!Consume(':')) return Malformed("expected ':'");
        auto value = SkipValueAt(depth + 1);
        if (!value) return value;
      } while (Consume(','));
      if (!Consume('}')) return Malformed("expected ',' or '}'");
      return {};
    }
    case '[': {
      ++pos_;
      if (Consume(']')) return {};
      do {
        auto value = SkipValueAt(depth + 1);
        if (!value) return value;
      } while (Consume(','));
      if (!Consume(']')) return Malformed("expected ',' or ']'");
      return {};
    }
    case '"': {
      auto text = ReadString();
      if (!text) return base::Unexpected(text.error());
      return {};
    }
    case 't': return SkipLiteral("true");
    case 'f': return SkipLiteral("false");
    case 'n': return SkipLiteral("null");
    default:
      if (AtEnd()) return Malformed("unexpected end of input");
      return SkipNumber();
  }
}

base::Result<void> JsonScanner::SkipLiteral(std::string_view word) {
  if (text_.substr(pos_, word.size()) != word) return Malformed("invalid literal");
  pos_ += word.size();
  return {};
}

base::Result<void> JsonScanner::SkipNumber() {
  size_t start = pos_;
  if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
  if (pos_ >= text_.size() || !IsDigit(text_[pos_])) {
    pos_ = start;
    return Malformed("unexpected character");
  }
  if (text_[pos_] == '0') {
    ++pos_;
  } else {
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
  }
  if (pos_ < text_.size() && text_[pos_] == '.') {
    ++pos_;
    if (pos_ >= text_.size() || !IsDigit(text_[pos_])) {
      return Malformed("expected a digit after '.'");
    }
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
  }
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    if (pos_ >= text_.size() || !IsDigit(text_[pos_])) {
      return Malformed("expected a digit in the exponent");
    }
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
  }
  return {};
}

base::Result<std::string> JsonScanner::ReadString() {
  if (!Consume('"')) return Malformed("expected a string");
  std::string out;
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '"') {
      ++pos_;
      return out;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      return Malformed("control character in a string");
    }
    if (c != '\\') {
      out.push_back(c);
      ++pos_;
      continue;
    }
    if (pos_ + 1 >= text_.size()) break;
    char escape = text_[pos_ + 1];
    pos_ += 2;
    switch (escape) {
      case '"': out.push_back('"'); break;
      case '\\': out.push_back('\\'); break;
      case '/': out.push_back('/'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'u': {
        auto hex4 = [this]() -> int {
          if (pos_ + 4 > text_.size()) return -1;
          int value = 0;
          for (int i = 0; i < 4; ++i) {
            int digit = HexValue(text_[pos_ + static_cast<size_t>(i)]);
            if (digit < 0) return -1;
            value = value * 16 + digit;
          }
          pos_ += 4;
          return value;
        };
        int unit = hex4();
        if (unit < 0) return Malformed("invalid \\u escape");
        uint32_t code_point = static_cast<uint32_t>(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          if (text_.substr(pos_, 2) != "\\u") return Malformed("unpaired surrogate");
          pos_ += 2;
          int low = hex4();
          if (low < 0xDC00 || low > 0xDFFF) return Malformed("unpaired surrogate");
          code_point = 0x10000 + ((static_cast<uint32_t>(unit) - 0xD800) << 10) +
                       (static_cast<uint32_t>(low) - 0xDC00);
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
          return Malformed("unpaired surrogate");
        }
        AppendUtf8(out, code_point);
        break;
      }
      default:
        pos_ -= 1;
        return Malformed("invalid escape");
    }
  }
  return Malformed("unterminated string");
}

}  // namespace http

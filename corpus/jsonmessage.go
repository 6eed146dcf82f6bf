package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
)

// jsonMessage words an error of encoding/json on data for people: a value
// of the wrong kind names the field and the kinds ("annotations" must be a
// list, not an object), never Go's types; a byte-order mark inside a
// record is named as such, not as the character 'ï' (red team 16,
// messages). Other errors keep their text without the "json: " prefix.
func jsonMessage(err error, data []byte) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Type != nil {
		field := te.Field
		if field == "" {
			field = "the value"
		} else {
			field = fmt.Sprintf("%q", field)
		}
		return fmt.Sprintf("%s must be %s, not %s", field, kindName(te.Type), valueName(te.Value))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset >= 1 && int(se.Offset) <= len(data) &&
		bytes.HasPrefix(data[se.Offset-1:], []byte(bom)) {
		return "a byte-order mark (U+FEFF) inside the record, where JSON allows none"
	}
	msg := err.Error()
	if len(msg) > 6 && msg[:6] == "json: " {
		msg = msg[6:]
	}
	return msg
}

// kindName is what a value of type t is called in a message.
func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return kindName(t.Elem())
	}
	return "another kind of value"
}

// valueName is encoding/json's name of a JSON value's kind, as a message
// says it.
func valueName(v string) string {
	switch v {
	case "object":
		return "an object"
	case "array":
		return "a list"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "null":
		return "null"
	}
	if v == "number" {
		return "a number"
	}
	if len(v) > 7 && v[:7] == "number " {
		return "the number" + v[6:]
	}
	return v
}
